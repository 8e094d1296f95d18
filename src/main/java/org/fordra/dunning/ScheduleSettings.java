package org.fordra.dunning;

import java.util.Map;
import java.util.Set;

/** One row of processes/dunning-schedule.dmn: the day of each step, counted from the due date. */
public record ScheduleSettings(
    int preDueReminderDays,
    int dueNoticeDays,
    int reminder1Days,
    int callDays,
    int reminder2Days,
    int finalNoticeDays,
    int finalNoticeDeadlineDays,
    int promiseGraceDays,
    int missedInstallmentGraceDays,
    int settlementDeadlineDays,
    int agencyReviewDays) {

  /** The names of the settings the process keeps as variables for its later steps. */
  public static final String FINAL_NOTICE_DEADLINE_DAYS = "finalNoticeDeadlineDays";
  public static final String PROMISE_GRACE_DAYS = "promiseGraceDays";
  public static final String MISSED_INSTALLMENT_GRACE_DAYS = "missedInstallmentGraceDays";
  public static final String SETTLEMENT_DEADLINE_DAYS = "settlementDeadlineDays";
  public static final String AGENCY_REVIEW_DAYS = "agencyReviewDays";

  /** The output columns Fordra reads itself; any other "...Days" column is a manager's step. */
  static final Set<String> COLUMNS =
      Set.of(
          "preDueReminderDays",
          "dueNoticeDays",
          "reminder1Days",
          "callDays",
          "reminder2Days",
          "finalNoticeDays",
          FINAL_NOTICE_DEADLINE_DAYS,
          PROMISE_GRACE_DAYS,
          MISSED_INSTALLMENT_GRACE_DAYS,
          SETTLEMENT_DEADLINE_DAYS,
          AGENCY_REVIEW_DAYS);

  static ScheduleSettings from(Map<String, Object> row) {
    return new ScheduleSettings(
        days(row, "preDueReminderDays"),
        days(row, "dueNoticeDays"),
        days(row, "reminder1Days"),
        days(row, "callDays"),
        days(row, "reminder2Days"),
        days(row, "finalNoticeDays"),
        days(row, FINAL_NOTICE_DEADLINE_DAYS),
        days(row, PROMISE_GRACE_DAYS),
        days(row, MISSED_INSTALLMENT_GRACE_DAYS),
        days(row, SETTLEMENT_DEADLINE_DAYS),
        days(row, AGENCY_REVIEW_DAYS));
  }

  static int days(Map<String, Object> row, String name) {
    Object value = row.get(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException(
          "the dunning-schedule decision gave no number for '" + name + "' (got " + value + ")");
    }
    int days = number.intValue();
    if (days < 0 || days > 3650) {
      throw new IllegalStateException(
          "the dunning-schedule decision gave " + days + " for '" + name + "': out of range");
    }
    return days;
  }
}
