package org.fordra.fees;

import java.util.List;

/**
 * The order in which a payment pays what is owed, where the debtor named nothing else.
 *
 * <ul>
 *   <li>{@link #COSTS_INTEREST_PRINCIPAL}: DE § 367(1) BGB ("zunächst auf die Kosten, dann auf die
 *       Zinsen und zuletzt auf die Hauptleistung"); NL art. 6:44(1) BW (kosten, rente, hoofdsom);
 *       SE, NO and UK have no statute for invoices and follow the same order in practice; the
 *       default everywhere else.
 *   <li>{@link #COSTS_PRINCIPAL_INTEREST}: where a law protects the debtor by paying the principal
 *       before interest, as § 497(3) BGB does for consumer loans (not for invoices). Kept so a
 *       jurisdiction that needs it says so in one line.
 * </ul>
 */
public enum PaymentOrder {
  COSTS_INTEREST_PRINCIPAL(List.of(Bucket.COSTS, Bucket.INTEREST, Bucket.PRINCIPAL)),
  COSTS_PRINCIPAL_INTEREST(List.of(Bucket.COSTS, Bucket.PRINCIPAL, Bucket.INTEREST));

  public enum Bucket {
    COSTS,
    INTEREST,
    PRINCIPAL
  }

  private final List<Bucket> buckets;

  PaymentOrder(List<Bucket> buckets) {
    this.buckets = buckets;
  }

  public List<Bucket> buckets() {
    return buckets;
  }
}
