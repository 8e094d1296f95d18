package org.fordra.dunning;

import org.fordra.testing.FordraTestOnPostgres;

/**
 * The whole lifecycle again on a real PostgreSQL 17 (embedded binaries from Maven Central), with
 * the production profile: Flyway's migrations, the engine's schema, the same paths.
 */
@FordraTestOnPostgres
class CollectionsOnPostgresTest extends CollectionsProcessTest {}
