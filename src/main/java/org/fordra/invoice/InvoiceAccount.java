package org.fordra.invoice;

import java.util.List;
import org.fordra.fees.Charge;
import org.fordra.money.Money;

/**
 * What an invoice stands at: the principal plus every charge, less every credit and payment.
 * A negative balance is money the customer has overpaid.
 */
public record InvoiceAccount(
    Invoice invoice, Money paid, List<Charge> charges, List<Credit> credits) {

  public Money principal() {
    return invoice.principal();
  }

  public Money totalCharges() {
    return charges.stream().map(Charge::amount).reduce(Money.zero(invoice.currency()), Money::plus);
  }

  public Money totalCredits() {
    return credits.stream().map(Credit::amount).reduce(Money.zero(invoice.currency()), Money::plus);
  }

  public Money balance() {
    return principal().plus(totalCharges()).minus(totalCredits()).minus(paid);
  }

  public boolean isCleared() {
    return balance().isZeroOrLess();
  }
}
