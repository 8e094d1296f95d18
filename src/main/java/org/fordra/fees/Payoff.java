package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import org.fordra.money.Money;

/**
 * What it takes to clear an invoice on a given day: the principal less credits, plus every charge
 * booked by then, plus late interest accrued up to that day, less what was paid by then.
 */
public record Payoff(
    LocalDate asOf,
    Money principal,
    Money credits,
    Money paid,
    List<Charge> charges,
    Money interest) {

  public Money totalCharges() {
    return charges.stream().map(Charge::amount).reduce(Money.zero(principal.currency()), Money::plus);
  }

  public Money total() {
    return principal.minus(credits).plus(totalCharges()).plus(interest).minus(paid);
  }
}
