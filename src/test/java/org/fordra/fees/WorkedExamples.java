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

  static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }
}
