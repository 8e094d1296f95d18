package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How late interest runs on one claim: from which day, at which yearly rate, on what legal basis.
 * The rate is a published series plus points, or a fixed contract rate. For most series the rate
 * of each half-year applies to the days in it; {@code fixedAtStart} keeps the rate valid on the
 * first interest day for the whole claim (UK, SI 2002/1675).
 */
public record InterestTerms(
    LocalDate firstDay,
    String series,
    BigDecimal points,
    boolean fixedAtStart,
    BigDecimal fixedPercent,
    String basis) {

  public static InterestTerms seriesPlus(
      LocalDate firstDay, String series, String points, String basis) {
    return new InterestTerms(firstDay, series, new BigDecimal(points), false, null, basis);
  }

  public static InterestTerms fixedAtStart(
      LocalDate firstDay, String series, String points, String basis) {
    return new InterestTerms(firstDay, series, new BigDecimal(points), true, null, basis);
  }

  public static InterestTerms fixed(LocalDate firstDay, BigDecimal percent, String basis) {
    return new InterestTerms(firstDay, null, BigDecimal.ZERO, false, percent, basis);
  }
}
