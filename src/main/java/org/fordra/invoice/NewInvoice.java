package org.fordra.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as the accounting system reports it (CONTRACT.md, POST /api/invoices). */
public record NewInvoice(
    String number,
    Long customerId,
    LocalDate issueDate,
    LocalDate dueDate,
    String currency,
    BigDecimal amount) {}
