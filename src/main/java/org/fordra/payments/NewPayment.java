package org.fordra.payments;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment as the bank or ledger reports it (CONTRACT.md, POST .../payments). */
public record NewPayment(BigDecimal amount, String currency, LocalDate paidOn, String reference) {}
