package org.fordra.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Days sales outstanding by the countback method: how many days of the latest sales the open
 * receivables amount to. Going back from the latest period, each period's invoiced sales are
 * taken off the receivables; a period covered in full counts with all its days, the period that
 * exhausts the receivables with the covered share of its days.
 *
 * <p>Why not the period formula (receivables ÷ sales of 90 days × 90): when every open invoice
 * was issued within the 90 days, receivables equal those sales and it answers exactly 90 whatever
 * the invoices' age. Countback ties the figure to the most recent sales. Source: the count-back
 * method as described by the credit-management literature, e.g. "Mastering DSO Calculation: The
 * Count-Back Method Explained" (Benji Pays support, 2024): receivables 212,000 against months of
 * 100,000, 80,000 and 70,000 sales of 30 days each give 60 + 32/70 × 30 = 73.7 days (the worked
 * example in CountbackDsoTest); the UK's "working back" (exhaust) method is the same. The
 * textbook counts back by months; Fordra knows each invoice's day of issue, so the dashboard
 * counts back by days ({@link #byDay}), the same method at a finer period.
 *
 * <p>Receivables beyond the sales of the whole look-back window give that window's length as a
 * lower bound ({@link Result#beyondWindow()}).
 */
final class CountbackDso {

  /** How far back the dashboard counts sales (a year). */
  static final int WINDOW_DAYS = 365;

  /** One period of sales, the latest first: its length in days and what was invoiced in it. */
  record Period(int days, BigDecimal sales) {}

  /** The figure, one decimal; {@code beyondWindow}: the receivables exceed all the periods. */
  record Result(BigDecimal days, boolean beyondWindow) {}

  private CountbackDso() {}

  /**
   * @param receivables open receivables today (the aging report's outstanding principal)
   * @param salesByDay invoiced principal per day of issue (cancelled invoices left out)
   */
  static Result byDay(BigDecimal receivables, Map<LocalDate, BigDecimal> salesByDay, LocalDate today) {
    List<Period> days = new ArrayList<>(WINDOW_DAYS);
    for (int back = 0; back < WINDOW_DAYS; back++) {
      days.add(new Period(1, salesByDay.getOrDefault(today.minusDays(back), BigDecimal.ZERO)));
    }
    return of(receivables, days);
  }

  /** Counts back over {@code latestFirst}, the most recent period first. */
  static Result of(BigDecimal receivables, List<Period> latestFirst) {
    BigDecimal left = receivables;
    BigDecimal days = BigDecimal.ZERO;
    for (Period period : latestFirst) {
      if (left.signum() <= 0) {
        break;
      }
      if (left.compareTo(period.sales()) >= 0) {
        left = left.subtract(period.sales());
        days = days.add(BigDecimal.valueOf(period.days()));
      } else {
        days = days.add(
            BigDecimal.valueOf(period.days())
                .multiply(left)
                .divide(period.sales(), 10, RoundingMode.HALF_UP));
        left = BigDecimal.ZERO;
      }
    }
    return new Result(days.setScale(1, RoundingMode.HALF_UP), left.signum() > 0);
  }
}
