package org.fordra.dunning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A case's dunning schedule in Fordra's own table {@code dunning_schedule}, not in process
 * variables: the date of each step (by the name the diagram's timer reads, {@code reminder1At}),
 * the order the case runs its steps in, and the schedule's terms in days. The table is the truth
 * a timer reads whenever it is (re)created, on a resume or a migration too.
 */
@Repository
public class CaseSchedule {

  private final JdbcTemplate jdbc;

  CaseSchedule(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the case's schedule with {@code plan}. */
  public void save(String invoiceNumber, DunningSchedule.Plan plan) {
    jdbc.update("delete from dunning_schedule where invoice_number = ?", invoiceNumber);
    List<Object[]> rows = new ArrayList<>();
    plan.dates().forEach((step, date) ->
        rows.add(row(invoiceNumber, step.dateVariable(), date, positionOf(plan, step), null)));
    plan.addedDates().forEach((name, date) -> rows.add(row(invoiceNumber, name, date, null, null)));
    ScheduleSettings settings = plan.settings();
    Map.of(
            ScheduleSettings.FINAL_NOTICE_DEADLINE_DAYS, settings.finalNoticeDeadlineDays(),
            ScheduleSettings.PROMISE_GRACE_DAYS, settings.promiseGraceDays(),
            ScheduleSettings.MISSED_INSTALLMENT_GRACE_DAYS, settings.missedInstallmentGraceDays(),
            ScheduleSettings.SETTLEMENT_DEADLINE_DAYS, settings.settlementDeadlineDays(),
            ScheduleSettings.AGENCY_REVIEW_DAYS, settings.agencyReviewDays())
        .forEach((name, days) -> rows.add(row(invoiceNumber, name, null, null, days)));
    jdbc.batchUpdate(
        "insert into dunning_schedule (invoice_number, name, due_at, position, days)"
            + " values (?, ?, ?, ?, ?)",
        rows);
  }

  public boolean exists(String invoiceNumber) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "select count(*) > 0 from dunning_schedule where invoice_number = ?",
        Boolean.class, invoiceNumber));
  }

  /** The date named {@code name} ({@code reminder1At}, {@code secondCallAt}), if the case has it. */
  public Optional<Date> date(String invoiceNumber, String name) {
    return jdbc.query(
            "select due_at from dunning_schedule where invoice_number = ? and name = ?",
            (rs, i) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)),
            invoiceNumber, name)
        .stream()
        .flatMap(Optional::stream)
        .findFirst()
        .map(at -> Date.from(at.toInstant()));
  }

  public void setDate(String invoiceNumber, String name, Date date) {
    int updated = jdbc.update(
        "update dunning_schedule set due_at = ? where invoice_number = ? and name = ?",
        utc(date), invoiceNumber, name);
    if (updated == 0) {
      jdbc.update(
          "insert into dunning_schedule (invoice_number, name, due_at) values (?, ?, ?)",
          invoiceNumber, name, utc(date));
    }
  }

  /** The steps the case runs, in their order. */
  public List<DunningStep> order(String invoiceNumber) {
    List<String> names = jdbc.queryForList(
        "select name from dunning_schedule where invoice_number = ? and position is not null"
            + " order by position",
        String.class, invoiceNumber);
    return names.stream().map(CaseSchedule::stepNamed).toList();
  }

  /** One of the schedule's terms in days ({@code promiseGraceDays}, ...). */
  public Optional<Integer> days(String invoiceNumber, String name) {
    return jdbc.queryForList(
            "select days from dunning_schedule where invoice_number = ? and name = ?",
            Integer.class, invoiceNumber, name)
        .stream()
        .filter(days -> days != null)
        .findFirst();
  }

  private static Integer positionOf(DunningSchedule.Plan plan, DunningStep step) {
    int index = plan.order().indexOf(step);
    return index < 0 ? null : index;
  }

  private static Object[] row(String invoice, String name, Date date, Integer position, Integer days) {
    return new Object[] {invoice, name, date == null ? null : utc(date), position, days};
  }

  private static OffsetDateTime utc(Date date) {
    return OffsetDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
  }

  private static DunningStep stepNamed(String dateName) {
    for (DunningStep step : DunningStep.values()) {
      if (step.dateVariable().equals(dateName)) {
        return step;
      }
    }
    throw new IllegalStateException("no dunning step reads the date " + dateName);
  }
}
