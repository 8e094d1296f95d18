package org.fordra.disputes;

/**
 * A customer disputed an invoice and the dispute is recorded. Published inside the transaction
 * that records it: a listener that throws rolls the dispute back with the request.
 */
public record DisputeRaised(String invoiceNumber, Long disputeId) {}
