package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fordra.money.Money;

/** Interest the way a person checks it: the law's terms for the claim, over a stretch of days. */
final class WorkedExamples {

  static final ReferenceRates RATES = new ReferenceRates();
  static final DailySimpleInterest DAILY = new DailySimpleInterest(RATES);

  private WorkedExamples() {}

  /** Interest on the whole principal from the law's first interest day up to {@code until}. */
  static String interest(Jurisdiction law, Claim claim, LocalDate until) {
    InterestTerms terms = law.interest(claim).orElseThrow();
    BigDecimal exact = DAILY.on(claim.principal().amount(), terms.firstDay(), until, terms);
    return Money.rounded(exact, claim.currency()).toString();
  }

  /**
   * Interest as the payoff counts it (the same ledger: payments, yearly compounding where the law
   * gives it), on the whole principal from the law's first interest day up to {@code until}.
   */
  static String accrued(Jurisdiction law, Claim claim, LocalDate until) {
    InterestTerms terms = law.interest(claim).orElseThrow();
    return new StatutoryLateInterest.Ledger(
            terms, law.paymentOrder(), claim.principal(), java.util.List.of(), DAILY)
        .accruedUntil(until)
        .toString();
  }

  static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }
}
