package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import org.fordra.ledger.Charge;
import org.fordra.money.Money;

/**
 * What it takes to clear an invoice on a given day: the principal less credits, plus every charge
 * booked by then, plus late interest accrued up to that day, less what was paid by then.
 *
 * <p>{@code interestLine} is that interest as a charge line (law, period, rates), absent where
 * none has accrued; {@code interest} is its amount, zero where the line is pending.
 */
public record Payoff(
    LocalDate asOf,
    Money principal,
    Money credits,
    Money paid,
    List<Charge> charges,
    Money interest,
    InterestLine interestLine) {

  /**
   * Whether the interest of some period cannot be stated yet because its reference rate is not
   * in the rate file; {@link #interest()} then holds only what could be computed (zero).
   */
  public boolean interestPending() {
    return interestLine != null && interestLine.isPending();
  }

  /** The missing rate, where {@link #interestPending()}. */
  public MissingReferenceRate interestNotYetKnown() {
    return interestLine == null ? null : interestLine.pending();
  }

  public Money totalCharges() {
    return charges.stream().map(Charge::amount).reduce(Money.zero(principal.currency()), Money::plus);
  }

  public Money total() {
    return principal.minus(credits).plus(totalCharges()).plus(interest).minus(paid);
  }
}
