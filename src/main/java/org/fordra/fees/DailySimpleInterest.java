package org.fordra.fees;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Simple interest, day by day, never on interest: amount x yearly rate / 100 x days / 365.
 *
 * <p>Day count actual/365 ("365 days fixed"), also in leap years: the method the UK government
 * prescribes for statutory interest ("daily interest = debt x rate / 365", gov.uk guidance on the
 * Late Payment Act), the one Norwegian practice uses for forsinkelsesrente, and the one German
 * courts apply to Verzugszinsen (§ 288 BGB gives a yearly rate; the Eurozinsmethode act/360 is a
 * banking convention, not the law). The result is kept exact here; {@code Money.rounded} rounds
 * it once, where the amount is shown.
 */
@Component
public class DailySimpleInterest {

  static final BigDecimal DAYS_PER_YEAR = new BigDecimal(365);
  private static final BigDecimal HUNDRED = new BigDecimal(100);

  private final ReferenceRates rates;

  public DailySimpleInterest(ReferenceRates rates) {
    this.rates = rates;
  }

  /** Interest on {@code amount} for the days {@code from}..{@code to}, both included. */
  public BigDecimal on(BigDecimal amount, LocalDate from, LocalDate to, InterestTerms terms) {
    if (to.isBefore(from) || amount.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (ReferenceRates.Span span : spans(from, to, terms)) {
      BigDecimal percent = span.percent().add(terms.points());
      if (percent.signum() <= 0) {
        continue;
      }
      sum = sum.add(amount.multiply(percent).multiply(BigDecimal.valueOf(span.days())));
    }
    return sum.divide(HUNDRED.multiply(DAYS_PER_YEAR), MathContext.DECIMAL64);
  }

  /**
   * The yearly rates over the days {@code from}..{@code to}: the published reference rate of each
   * stretch (before the law's points are added), or the contract's fixed rate.
   */
  List<ReferenceRates.Span> spans(LocalDate from, LocalDate to, InterestTerms terms) {
    if (terms.fixedPercent() != null) {
      return List.of(new ReferenceRates.Span(from, to, terms.fixedPercent()));
    }
    if (terms.fixedAtStart()) {
      BigDecimal atStart = rates.on(terms.series(), terms.firstDay()).percent();
      return List.of(new ReferenceRates.Span(from, to, atStart));
    }
    return rates.over(terms.series(), from, to);
  }
}
