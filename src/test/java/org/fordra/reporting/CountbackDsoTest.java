package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fordra.reporting.CountbackDso.Period;
import org.junit.jupiter.api.Test;

/**
 * Days sales outstanding by the countback method (see {@link CountbackDso} for the method and
 * its source), on worked examples.
 */
class CountbackDsoTest {

  static final LocalDate TODAY = LocalDate.of(2026, 7, 10);

  @Test
  void theTextbookExampleCountsBackThroughTwoMonthsAndAShareOfTheThird() {
    // Benji Pays, "The Count-Back Method Explained": receivables 212,000; the latest month's
    // sales 100,000, then 80,000, then 70,000, each month 30 days.
    // 212,000 − 100,000 − 80,000 = 32,000 left: 30 + 30 + 32,000 / 70,000 × 30 = 73.714 → 73.7.
    CountbackDso.Result dso =
        CountbackDso.of(
            new BigDecimal("212000.00"),
            List.of(period(30, "100000.00"), period(30, "80000.00"), period(30, "70000.00")));

    assertThat(dso.days()).isEqualByComparingTo("73.7");
    assertThat(dso.beyondWindow()).isFalse();
  }

  @Test
  void whenEveryOpenInvoiceIsRecentTheFigureIsTheirAgeNotTheWindow() {
    // The case the period formula got wrong (it said 90.0): the only open invoice, EUR 1,000.00,
    // was issued two days ago; older sales were all paid. Today and yesterday had no sales (two
    // whole days), 8 July's 1,000.00 is exhausted by the receivables exactly: 3.0 days.
    Map<LocalDate, BigDecimal> sales =
        Map.of(
            LocalDate.of(2026, 7, 8), new BigDecimal("1000.00"),
            LocalDate.of(2026, 6, 1), new BigDecimal("5000.00"),
            LocalDate.of(2026, 5, 1), new BigDecimal("5000.00"));

    CountbackDso.Result dso = CountbackDso.byDay(new BigDecimal("1000.00"), sales, TODAY);

    assertThat(dso.days()).isEqualByComparingTo("3.0");
  }

  @Test
  void partOfADaysSalesCountsAsThatShareOfTheDay() {
    // Receivables 1,250.00; today's sales 1,000.00 (one day), yesterday's 1,000.00: 250 / 1000
    // of a day more: 1.25 → 1.3 (half up).
    Map<LocalDate, BigDecimal> sales =
        Map.of(TODAY, new BigDecimal("1000.00"), TODAY.minusDays(1), new BigDecimal("1000.00"));

    assertThat(CountbackDso.byDay(new BigDecimal("1250.00"), sales, TODAY).days())
        .isEqualByComparingTo("1.3");
  }

  @Test
  void nothingOwedIsZeroDays() {
    assertThat(
            CountbackDso.byDay(BigDecimal.ZERO, Map.of(TODAY, new BigDecimal("10.00")), TODAY)
                .days())
        .isEqualByComparingTo("0.0");
  }

  @Test
  void receivablesBeyondAYearsSalesSayTheYearAsALowerBound() {
    // 900.00 open, only 500.00 invoiced within the year: more than 365 days.
    CountbackDso.Result dso =
        CountbackDso.byDay(
            new BigDecimal("900.00"), Map.of(TODAY.minusDays(100), new BigDecimal("500.00")), TODAY);

    assertThat(dso.beyondWindow()).isTrue();
    assertThat(dso.days()).isEqualByComparingTo("365.0");
  }

  private static Period period(int days, String sales) {
    return new Period(days, new BigDecimal(sales));
  }
}
