package org.fordra.fees;

import java.util.List;

/** What adding a rate set going again: the invoices, their incidents resolved, jobs retried. */
public record CasesResumed(List<String> invoices, int incidentsResolved, int jobsRetried) {}
