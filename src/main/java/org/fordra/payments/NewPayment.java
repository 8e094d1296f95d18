package org.fordra.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fordra.money.Amount;
import org.fordra.money.Currency;

/** A payment as the bank or ledger reports it (CONTRACT.md, POST .../payments). */
@Amount
public record NewPayment(
    BigDecimal amount, @Currency String currency, LocalDate paidOn, String reference)
    implements Amount.InCurrency {}
