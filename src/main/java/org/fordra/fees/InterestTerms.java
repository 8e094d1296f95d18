package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How late interest runs on one claim: from which day, at which yearly rate, on what legal basis.
 * The rate is a published series plus points, or a fixed contract rate. For most series the rate
 * of each half-year applies to the days in it; {@code fixedAtStart} keeps the rate valid on the
 * first interest day for the whole claim (UK, SI 2002/1675). {@code compoundsYearly}: after each
 * full year from the first interest day, that year's unpaid interest is added to the sum interest
 * runs on (the Netherlands, art. 6:119(2) and 6:119a(3) BW); otherwise interest is never charged
 * on interest.
 */
public record InterestTerms(
    LocalDate firstDay,
    String series,
    BigDecimal points,
    boolean fixedAtStart,
    BigDecimal fixedPercent,
    String basis,
    boolean compoundsYearly) {

  public static InterestTerms seriesPlus(
      LocalDate firstDay, String series, String points, String basis) {
    return new InterestTerms(firstDay, series, new BigDecimal(points), false, null, basis, false);
  }

  public static InterestTerms fixedAtStart(
      LocalDate firstDay, String series, String points, String basis) {
    return new InterestTerms(firstDay, series, new BigDecimal(points), true, null, basis, false);
  }

  public static InterestTerms fixed(LocalDate firstDay, BigDecimal percent, String basis) {
    return new InterestTerms(firstDay, null, BigDecimal.ZERO, false, percent, basis, false);
  }

  /** The same terms, with each full year's interest added to the sum it runs on thereafter. */
  public InterestTerms compoundingYearly() {
    return new InterestTerms(firstDay, series, points, fixedAtStart, fixedPercent, basis, true);
  }

  /** The first day of the next interest year after {@code day}: an anniversary of the first day. */
  LocalDate nextAnniversaryAfter(LocalDate day) {
    long years = Math.max(1, ChronoUnit.YEARS.between(firstDay, day) + 1);
    LocalDate next = firstDay.plusYears(years);
    while (!next.isAfter(day)) {
      next = firstDay.plusYears(++years);
    }
    return next;
  }
}
