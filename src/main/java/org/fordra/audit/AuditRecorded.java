package org.fordra.audit;

import java.time.Instant;

/**
 * An entry was appended to an invoice's audit trail: published inside the transaction that wrote
 * it, so a listener's own writes commit or roll back with the change itself.
 */
public record AuditRecorded(
    String invoiceNumber, Instant at, String actor, String action, String detail) {}
