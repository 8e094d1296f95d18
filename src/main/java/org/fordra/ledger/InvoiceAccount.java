package org.fordra.ledger;

import java.util.List;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/**
 * What an invoice stands at: the principal plus every charge, less every credit and payment
 * (reversed payments are not read: the money never arrived). A negative balance is money the
 * customer has overpaid. The same sums as the database view {@code invoice_balance}, which the
 * lists and reports read.
 */
public record InvoiceAccount(
    Invoice invoice, List<Charge> charges, List<Credit> credits, List<Payment> payments) {

  public Money principal() {
    return invoice.principal();
  }

  public Money paid() {
    return payments.stream().map(Payment::amount).reduce(Money.zero(invoice.currency()), Money::plus);
  }

  public Money totalCharges() {
    return charges.stream().map(Charge::amount).reduce(Money.zero(invoice.currency()), Money::plus);
  }

  public Money totalCredits() {
    return credits.stream().map(Credit::amount).reduce(Money.zero(invoice.currency()), Money::plus);
  }

  public Money balance() {
    return principal().plus(totalCharges()).minus(totalCredits()).minus(paid());
  }

  public boolean isCleared() {
    return balance().isZeroOrLess();
  }
}
