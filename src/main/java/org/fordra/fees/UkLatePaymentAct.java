package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fordra.ledger.ChargeType;

/**
 * United Kingdom, Late Payment of Commercial Debts (Interest) Act 1998, business customers.
 *
 * <ul>
 *   <li>Statutory interest starts the day after the agreed payment date (s. 4(2)) at 8 % over the
 *       Bank of England rate in force on 30 June (for interest starting 1 July..31 December) or
 *       31 December (for interest starting 1 January..30 June) before it starts, and that rate
 *       stays for the whole debt (Late Payment of Commercial Debts (Rate of Interest) (No. 3)
 *       Order 2002, SI 2002/1675, art. 4): a later base-rate change does not move it.
 *   <li>Fixed sum (s. 5A): GBP 40 for a debt under 1,000, GBP 70 under 10,000, GBP 100 from
 *       10,000, once per debt. The Act states pounds: charged on GBP invoices only.
 * </ul>
 */
class UkLatePaymentAct implements Jurisdiction {

  static final String SERIES = "UK_LATE_PAYMENT_REFERENCE";
  static final String INTEREST =
      "Late Payment of Commercial Debts (Interest) Act 1998 s. 4, SI 2002/1675: base rate + 8 %";
  static final String FIXED_SUM = "Late Payment of Commercial Debts (Interest) Act 1998 s. 5A";

  @Override
  public String name() {
    return "UK (Late Payment of Commercial Debts (Interest) Act 1998)";
  }

  @Override
  public Optional<InterestTerms> interest(Claim claim) {
    return Optional.of(
        InterestTerms.fixedAtStart(claim.dueDate().plusDays(1), SERIES, "8", INTEREST));
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    if (!claim.isIn("GBP")
        || !on.isAfter(claim.dueDate())
        || claim.booked(ChargeType.FIXED_COMPENSATION) > 0) {
      return List.of();
    }
    return List.of(
        new Allowance(ChargeType.FIXED_COMPENSATION, claim.money(fixedSum(claim)), FIXED_SUM));
  }

  static String fixedSum(Claim claim) {
    BigDecimal debt = claim.principal().amount();
    if (debt.compareTo(new BigDecimal("1000")) < 0) {
      return "40";
    }
    return debt.compareTo(new BigDecimal("10000")) < 0 ? "70" : "100";
  }
}
