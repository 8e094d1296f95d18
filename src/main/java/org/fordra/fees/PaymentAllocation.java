package org.fordra.fees;

import org.fordra.money.Money;

/**
 * Applies one payment to what is owed, bucket by bucket in the order the law gives
 * ({@link PaymentOrder}): by default costs, then interest, then principal (§ 367(1) BGB,
 * art. 6:44(1) BW). What is left after all three is an overpayment.
 */
public final class PaymentAllocation {

  /** What one payment paid of each bucket, and what was left over. */
  public record Applied(Money costs, Money interest, Money principal, Money overpaid) {}

  private PaymentAllocation() {}

  public static Applied apply(
      PaymentOrder order, Money payment, Money costsOwed, Money interestOwed, Money principalOwed) {
    Money zero = Money.zero(payment.currency());
    Money left = payment;
    Money costs = zero;
    Money interest = zero;
    Money principal = zero;
    for (PaymentOrder.Bucket bucket : order.buckets()) {
      Money owed =
          switch (bucket) {
            case COSTS -> costsOwed;
            case INTEREST -> interestOwed;
            case PRINCIPAL -> principalOwed;
          };
      Money paid = min(left, positive(owed, zero));
      left = left.minus(paid);
      switch (bucket) {
        case COSTS -> costs = paid;
        case INTEREST -> interest = paid;
        case PRINCIPAL -> principal = paid;
      }
    }
    return new Applied(costs, interest, principal, left);
  }

  private static Money positive(Money m, Money zero) {
    return m.amount().signum() > 0 ? m : zero;
  }

  private static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
