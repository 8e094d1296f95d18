package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fordra.money.Money;

/**
 * Late interest accrued and not yet booked, as a charge line: the amount up to a day, the law that
 * gives it, the days it ran and the yearly rates applied to them. It is the same figure the payoff
 * adds as {@code interest}, so an invoice's balance and its payoff for the same day agree.
 *
 * <p>Where a rate the period needs is not yet published ({@link #pending()}), the line has no
 * amount: the law still gives the interest, only its figure must wait for the rate (README, "Fees,
 * interest and notices"). The basis then names the rate that is missing.
 */
public record InterestLine(
    Money amount,
    String law,
    LocalDate from,
    LocalDate to,
    List<RatePeriod> rates,
    MissingReferenceRate pending) {

  /** Days {@code from}..{@code to} (both included) at {@code percent} a year. */
  public record RatePeriod(LocalDate from, LocalDate to, BigDecimal reference, BigDecimal points) {

    /** The yearly rate applied: the published reference plus the law's points, or a fixed rate. */
    public BigDecimal percent() {
      return reference == null ? points : reference.add(points);
    }

    /** "10.27 % (1.27 + 9)" or, for a fixed contract rate, "8 %", with the numbers as given. */
    public String rate(Function<BigDecimal, String> number) {
      String applied = number.apply(percent()) + " %";
      return reference == null
          ? applied
          : applied + " (" + number.apply(reference) + " + " + number.apply(points) + ")";
    }
  }

  public boolean isPending() {
    return pending != null;
  }

  /** The first day of the half-year whose rate is missing, where one is. */
  public LocalDate pendingFrom() {
    return pending == null ? null : halfYearStart(pending.day());
  }

  /** The last day of the half-year whose rate is missing, where one is. */
  public LocalDate pendingTo() {
    return pending == null ? null : halfYearStart(pending.day()).plusMonths(6).minusDays(1);
  }

  /**
   * The legal basis as the API shows it, with ISO dates, e.g. "§§ 286, 288 (2) BGB: Basiszinssatz
   * + 9 Prozentpunkte; 2025-06-01 to 2025-06-30 at 11.27 % (2.27 + 9); 2025-07-01 to 2025-07-15
   * at 10.27 % (1.27 + 9)".
   */
  public String basis() {
    if (isPending()) {
      return law + "; interest from " + from + " to " + to + ": amount not yet known, the "
          + pending.series() + " rate for " + pendingFrom() + " to " + pendingTo()
          + " is not in Fordra yet";
    }
    return law + "; "
        + rates.stream()
            .map(r -> r.from() + " to " + r.to() + " at " + r.rate(BigDecimal::toPlainString))
            .collect(Collectors.joining("; "));
  }

  private static LocalDate halfYearStart(LocalDate day) {
    return LocalDate.of(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR) <= 2 ? 1 : 7, 1);
  }
}
