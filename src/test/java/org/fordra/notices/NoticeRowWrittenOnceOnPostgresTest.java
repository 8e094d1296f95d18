package org.fordra.notices;

import org.fordra.testing.FordraTestOnPostgres;

/** The same on PostgreSQL 17 with the production profile. */
@FordraTestOnPostgres
class NoticeRowWrittenOnceOnPostgresTest extends NoticeRowWrittenOnceTest {}
