package org.fordra.notices;

/**
 * A notice of {@code kind} for the invoice is stored in the current transaction, to go out once
 * it commits (published synchronously, inside that transaction). From then on it counts as a
 * contact wherever contacts are counted.
 */
public record NoticeOnRecord(Long invoiceId, NoticeKind kind) {}
