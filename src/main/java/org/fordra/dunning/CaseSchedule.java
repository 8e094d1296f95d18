package org.fordra.dunning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fordra.database.PerTransaction;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A case's dunning schedule in Fordra's own table {@code dunning_schedule}, not in process
 * variables: the date of each step (by the name the diagram's timer reads, {@code reminder1At}),
 * the order the case runs its steps in, and the schedule's terms in days. The table is the truth
 * a timer reads whenever it is (re)created, on a resume or a migration too.
 *
 * <p>A step reads its case's schedule more than once (its own date, the order, the next step's
 * date when the next timer is created): the rows are read once per transaction and kept until it
 * ends, never longer; every write through this class drops the case's rows.
 */
@Repository
public class CaseSchedule {

  private static final PerTransaction<String, Rows> READ = new PerTransaction<>();

  private final JdbcTemplate jdbc;

  CaseSchedule(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the case's schedule with {@code plan}. */
  public void save(String invoiceNumber, DunningSchedule.Plan plan) {
    READ.values().remove(invoiceNumber);
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
    return !rows(invoiceNumber).names().isEmpty();
  }

  /** The date named {@code name} ({@code reminder1At}, {@code secondCallAt}), if the case has it. */
  public Optional<Date> date(String invoiceNumber, String name) {
    return Optional.ofNullable(rows(invoiceNumber).dates().get(name))
        .map(at -> Date.from(at.toInstant()));
  }

  public void setDate(String invoiceNumber, String name, Date date) {
    READ.values().remove(invoiceNumber);
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
    return rows(invoiceNumber).order().stream().map(CaseSchedule::stepNamed).toList();
  }

  /** One of the schedule's terms in days ({@code promiseGraceDays}, ...). */
  public Optional<Integer> days(String invoiceNumber, String name) {
    return Optional.ofNullable(rows(invoiceNumber).days().get(name));
  }

  /** The case's rows, one query per transaction. */
  private Rows rows(String invoiceNumber) {
    Map<String, Rows> read = READ.values();
    Rows rows = read.get(invoiceNumber);
    if (rows == null) {
      Map<String, OffsetDateTime> dates = new HashMap<>();
      Map<String, Integer> days = new HashMap<>();
      TreeMap<Integer, String> positions = new TreeMap<>();
      List<String> names = new ArrayList<>();
      jdbc.query(
          "select name, due_at, position, days from dunning_schedule where invoice_number = ?",
          (RowCallbackHandler)
              rs -> {
                String name = rs.getString(1);
                names.add(name);
                OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                if (at != null) {
                  dates.put(name, at);
                }
                int position = rs.getInt(3);
                if (!rs.wasNull()) {
                  positions.put(position, name);
                }
                int term = rs.getInt(4);
                if (!rs.wasNull()) {
                  days.put(name, term);
                }
              },
          invoiceNumber);
      rows = new Rows(List.copyOf(names), dates, List.copyOf(positions.values()), days);
      if (invoiceNumber != null) {
        read.put(invoiceNumber, rows);
      }
    }
    return rows;
  }

  /** A case's rows: every name, the dates, the steps by position, the terms in days. */
  private record Rows(
      List<String> names,
      Map<String, OffsetDateTime> dates,
      List<String> order,
      Map<String, Integer> days) {}

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
