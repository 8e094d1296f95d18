package org.fordra.dunning;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Where an invoice stands on its dunning ladder, kept in process variables: the date of every
 * step, the order the steps run in, and the next one. Only dates, names and numbers: amounts
 * stay in the database.
 */
public final class DunningLadder {

  private DunningLadder() {}

  public static void start(VariableScope scope, DunningSchedule.Plan plan) {
    plan.dates().forEach((step, date) -> scope.setVariable(step.dateVariable(), date));
    plan.addedDates().forEach(scope::setVariable);
    scope.setVariable(
        CollectionsProcess.VAR_STEP_ORDER,
        plan.order().stream().map(Enum::name).collect(Collectors.joining(",")));
    scope.setVariable(CollectionsProcess.VAR_NEXT_STEP, plan.order().get(0).name());
    ScheduleSettings settings = plan.settings();
    scope.setVariable(
        ScheduleSettings.FINAL_NOTICE_DEADLINE_DAYS, settings.finalNoticeDeadlineDays());
    scope.setVariable(ScheduleSettings.PROMISE_GRACE_DAYS, settings.promiseGraceDays());
    scope.setVariable(
        CollectionsProcess.VAR_MISSED_INSTALLMENT_GRACE_DAYS,
        settings.missedInstallmentGraceDays());
    scope.setVariable(ScheduleSettings.SETTLEMENT_DEADLINE_DAYS, settings.settlementDeadlineDays());
    scope.setVariable(ScheduleSettings.AGENCY_REVIEW_DAYS, settings.agencyReviewDays());
  }

  public static DunningStep next(VariableScope scope) {
    return DunningStep.valueOf((String) scope.getVariable(CollectionsProcess.VAR_NEXT_STEP));
  }

  /** Marks {@code done} as done: the step after it in the plan is next. */
  public static void advancePast(VariableScope scope, DunningStep done) {
    List<DunningStep> order = order(scope);
    int index = order.indexOf(done);
    DunningStep next =
        index >= 0 && index + 1 < order.size()
            ? order.get(index + 1)
            : order.stream()
                .filter(step -> step.ordinal() > done.ordinal())
                .findFirst()
                .orElse(DunningStep.DECISION);
    scope.setVariable(CollectionsProcess.VAR_NEXT_STEP, next.name());
  }

  /** Makes {@code step} the next one, due at {@code when}. */
  public static void jumpTo(VariableScope scope, DunningStep step, Date when) {
    scope.setVariable(step.dateVariable(), when);
    scope.setVariable(CollectionsProcess.VAR_NEXT_STEP, step.name());
  }

  public static Date dateOf(VariableScope scope, DunningStep step) {
    return (Date) scope.getVariable(step.dateVariable());
  }

  public static void setDate(VariableScope scope, DunningStep step, Date when) {
    scope.setVariable(step.dateVariable(), when);
  }

  /** Moves the next step and every later one by {@code pause}: dunning resumes where it stopped. */
  public static void shiftRemaining(VariableScope scope, Duration pause) {
    List<DunningStep> order = order(scope);
    int from = Math.max(order.indexOf(next(scope)), 0);
    for (DunningStep step : order.subList(from, order.size())) {
      Date date = dateOf(scope, step);
      if (date != null) {
        scope.setVariable(step.dateVariable(), Date.from(date.toInstant().plus(pause)));
      }
    }
  }

  /**
   * Moves {@code from} and every step after it in the plan to no earlier than {@code earliest},
   * keeping their distances: a notice's deadline that must run longer than the schedule planned
   * (Norway's 14 days) is never cut short by the next notice.
   */
  public static void notBefore(VariableScope scope, DunningStep from, Date earliest) {
    Date date = dateOf(scope, from);
    if (date == null || !date.before(earliest)) {
      return;
    }
    Duration pause = Duration.between(date.toInstant(), earliest.toInstant());
    List<DunningStep> order = order(scope);
    int index = order.indexOf(from);
    for (DunningStep step : order.subList(Math.max(index, 0), order.size())) {
      Date planned = dateOf(scope, step);
      if (planned != null) {
        scope.setVariable(step.dateVariable(), Date.from(planned.toInstant().plus(pause)));
      }
    }
  }

  /** The step after {@code step} in this invoice's plan, if any. */
  public static DunningStep after(VariableScope scope, DunningStep step) {
    List<DunningStep> order = order(scope);
    int index = order.indexOf(step);
    return index >= 0 && index + 1 < order.size() ? order.get(index + 1) : null;
  }

  static List<DunningStep> order(VariableScope scope) {
    String order = (String) scope.getVariable(CollectionsProcess.VAR_STEP_ORDER);
    return Arrays.stream(order.split(",")).map(DunningStep::valueOf).toList();
  }
}
