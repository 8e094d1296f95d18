package org.fordra.breathingspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A moratorium now protects a customer: features holding contact or enforcement already on its
 * way (an open call task, a planned hand-over) hold it until {@code noContactBefore}, the first day
 * contact may be asked about again, which begins at {@code noContactFrom} in the customer's zone.
 */
public record MoratoriumRecorded(
    Long customerId,
    List<String> openInvoiceNumbers,
    LocalDate noContactBefore,
    Instant noContactFrom) {}
