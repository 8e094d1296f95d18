package org.fordra.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates a request may carry: from 1 January 2000 to ten years after today. Anything else is a
 * typing or mapping error (year 0001 made the aging report show 739,922 days overdue), and no
 * claim Fordra collects is older than any limitation period lets a creditor pursue.
 */
public final class PlausibleDates {

  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  public static final int YEARS_AHEAD = 10;

  private PlausibleDates() {}

  public static LocalDate latest(LocalDate today) {
    return today.plusYears(YEARS_AHEAD);
  }

  public static boolean isPlausible(LocalDate date, LocalDate today) {
    return !date.isBefore(EARLIEST) && !date.isAfter(latest(today));
  }

  /** What to tell the caller about an implausible date. */
  public static String reason(LocalDate today) {
    return "must be between " + EARLIEST + " and " + latest(today);
  }

  /** Adds a field error if {@code date} is set and outside the range; true if it was. */
  public static boolean check(
      String field, LocalDate date, LocalDate today, List<InvalidField.FieldError> errors) {
    if (date != null && !isPlausible(date, today)) {
      errors.add(new InvalidField.FieldError(field, reason(today)));
      return true;
    }
    return false;
  }

  /** For a single date, such as a report's {@code asOf}: a 400 naming the field. */
  public static LocalDate require(String field, LocalDate date, LocalDate today) {
    if (date != null && !isPlausible(date, today)) {
      throw new InvalidField(field, reason(today));
    }
    return date;
  }
}
