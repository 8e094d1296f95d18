package org.fordra.dunning;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * Works out the dunning plan of an invoice from the manager-edited decision table: the date of
 * every step and the order they run in. An invoice registered late starts at the latest step
 * already due instead of sending every missed notice at once, after the collector's call.
 */
@Component
public class DunningSchedule {

  private static final String ADDED_STEP_SUFFIX = "Days";

  private final DecisionService decisions;
  private final ContactHours contactHours;
  private final ContactDays contactCalendar;

  DunningSchedule(
      DecisionService decisions, ContactHours contactHours, ContactDays contactCalendar) {
    this.decisions = decisions;
    this.contactHours = contactHours;
    this.contactCalendar = contactCalendar;
  }

  /**
   * The case's ladder. {@code addedDates} are the dates of steps a manager added in Modeler: a
   * column {@code secondCallDays} of the decision table gives the variable {@code secondCallAt}
   * (that many days after the due date, on a contact day at the start of contact hours), for the
   * new step's timer to wait for.
   */
  public record Plan(
      ScheduleSettings settings,
      Map<DunningStep, Date> dates,
      List<DunningStep> order,
      Map<String, Date> addedDates) {

    public Plan(ScheduleSettings settings, Map<DunningStep, Date> dates, List<DunningStep> order) {
      this(settings, dates, order, Map.of());
    }
  }

  public Plan plan(Invoice invoice) {
    Map<String, Object> row = rowFor(invoice);
    ScheduleSettings settings = ScheduleSettings.from(row);
    ZoneId zone = invoice.getCustomer().timeZone();
    LocalDate due = invoice.getDueDate();

    Map<DunningStep, LocalDate> days = new EnumMap<>(DunningStep.class);
    // Only worth a pre-due reminder when the customer had longer than that to pay.
    if (invoice.getIssueDate().isBefore(due.minusDays(settings.preDueReminderDays()))) {
      days.put(DunningStep.PRE_DUE_REMINDER, due.minusDays(settings.preDueReminderDays()));
    }
    days.put(DunningStep.DUE_NOTICE, due.plusDays(settings.dueNoticeDays()));
    days.put(DunningStep.REMINDER_1, due.plusDays(settings.reminder1Days()));
    days.put(DunningStep.CALL, due.plusDays(settings.callDays()));
    days.put(DunningStep.REMINDER_2, due.plusDays(settings.reminder2Days()));
    days.put(DunningStep.FINAL_NOTICE, due.plusDays(settings.finalNoticeDays()));
    // Provisional: the real deadline is counted from the day the final notice goes out.
    days.put(
        DunningStep.DECISION,
        due.plusDays(settings.finalNoticeDays() + settings.finalNoticeDeadlineDays()));
    String country = invoice.getCustomer().getCountry();
    days.replaceAll((step, day) -> onAContactDay(step, day, invoice, country));

    List<DunningStep> order = new ArrayList<>(days.keySet());
    order.sort(Comparator.comparing(days::get)); // stable: ties keep the ladder's own order
    order.remove(DunningStep.DECISION);
    order.add(DunningStep.DECISION);

    LocalDate today = contactHours.today(zone);
    order = stepsToRun(order, firstStepToRun(order, days, today));

    Map<DunningStep, Date> dates = new EnumMap<>(DunningStep.class);
    days.forEach((step, day) -> dates.put(step, contactHours.on(day, zone)));
    return new Plan(settings, dates, List.copyOf(order), addedDates(row, invoice));
  }

  /** The dates of the steps a manager added: one per "...Days" column Fordra does not know. */
  private Map<String, Date> addedDates(Map<String, Object> row, Invoice invoice) {
    Map<String, Date> added = new TreeMap<>();
    ZoneId zone = invoice.getCustomer().timeZone();
    for (String column : row.keySet()) {
      if (column.endsWith(ADDED_STEP_SUFFIX) && !ScheduleSettings.COLUMNS.contains(column)) {
        LocalDate day =
            contactCalendar.firstContactDayFrom(
                invoice.getDueDate().plusDays(ScheduleSettings.days(row, column)),
                invoice.getCustomer().getCountry());
        String variable =
            column.substring(0, column.length() - ADDED_STEP_SUFFIX.length()) + "At";
        added.put(variable, contactHours.on(day, zone));
      }
    }
    return added;
  }

  /**
   * Contact steps land on a day the customer may be contacted (no weekend, no public holiday of
   * their country): later, never dropped. A pre-due reminder moves earlier instead, so it still
   * comes before the due date. The managers' decision is no contact and keeps its day.
   */
  private LocalDate onAContactDay(
      DunningStep step, LocalDate day, Invoice invoice, String country) {
    return switch (step) {
      case DECISION -> day;
      case PRE_DUE_REMINDER -> {
        LocalDate earlier = contactCalendar.lastContactDayUpTo(day, country);
        yield earlier.isAfter(invoice.getIssueDate())
            ? earlier
            : contactCalendar.firstContactDayFrom(day, country);
      }
      default -> contactCalendar.firstContactDayFrom(day, country);
    };
  }

  /**
   * The steps from {@code start} on. A late registration skips the letters already past, never
   * the collector's call the schedule has: a person speaks to the customer first, then the latest
   * letter due goes out (its deadline still runs to the next letter, not to the call).
   */
  private static List<DunningStep> stepsToRun(List<DunningStep> order, int start) {
    List<DunningStep> toRun = new ArrayList<>(order.subList(start, order.size()));
    int call = order.indexOf(DunningStep.CALL);
    if (call >= 0 && call < start) {
      toRun.add(0, DunningStep.CALL);
    }
    return toRun;
  }

  /**
   * A step due today runs today; otherwise the latest step already past runs now. Never past the
   * final notice: nobody is escalated without the notice that gives them a last deadline.
   */
  private static int firstStepToRun(
      List<DunningStep> order, Map<DunningStep, LocalDate> days, LocalDate today) {
    int latestPast = -1;
    int start = order.size() - 1;
    for (int i = 0; i < order.size(); i++) {
      LocalDate day = days.get(order.get(i));
      if (!day.isBefore(today)) {
        start = day.isEqual(today) || latestPast < 0 ? i : latestPast;
        break;
      }
      latestPast = i;
    }
    return Math.min(start, order.indexOf(DunningStep.FINAL_NOTICE));
  }

  private Map<String, Object> rowFor(Invoice invoice) {
    DmnDecisionResult result =
        decisions
            .evaluateDecisionByKey(CollectionsProcess.SCHEDULE_DECISION_KEY)
            .variables(
                Variables.createVariables()
                    .putValue("country", invoice.getCustomer().getCountry())
                    .putValue("customerType", invoice.getCustomer().getType().name())
                    .putValue("currency", invoice.currency().getCurrencyCode())
                    // Whole units are enough to pick a band; the exact amount never leaves the DB.
                    .putValue(
                        "amount",
                        invoice.principal().amount().setScale(0, RoundingMode.DOWN).longValueExact()))
            .evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException(
          "the dunning-schedule decision has no row for invoice " + invoice.getNumber());
    }
    return result.getFirstResult().getEntryMap();
  }
}
