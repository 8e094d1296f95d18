package org.fordra.breathingspace;

import java.time.LocalDate;
import java.util.List;

/**
 * A moratorium now protects a customer: features holding contact already on its way (an open call
 * task) hold it until {@code noContactBefore}, the first day contact may be asked about again.
 */
public record MoratoriumRecorded(
    Long customerId, List<String> openInvoiceNumbers, LocalDate noContactBefore) {}
