package org.fordra.dunning;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Where an invoice stands on its dunning ladder: the date of every step, the order the steps run
 * in and the schedule's terms live in {@link CaseSchedule} (Fordra's table); the next step is the
 * one process variable, {@code nextStep}, which the diagram's gateways read. A case planned
 * before the table existed keeps its dates, order and terms in process variables: it goes on
 * reading and moving those (its diagram's timers read them).
 */
@Component
public class DunningLadder {

  private final CaseSchedule schedule;

  DunningLadder(CaseSchedule schedule) {
    this.schedule = schedule;
  }

  public void start(VariableScope scope, DunningSchedule.Plan plan) {
    schedule.save(Claims.invoiceNumberOf(scope), plan);
    scope.setVariable(CollectionsProcess.VAR_NEXT_STEP, plan.order().get(0).name());
  }

  public static DunningStep next(VariableScope scope) {
    return DunningStep.valueOf((String) scope.getVariable(CollectionsProcess.VAR_NEXT_STEP));
  }

  /** Marks {@code done} as done: the step after it in the plan is next. */
  public void advancePast(VariableScope scope, DunningStep done) {
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
  public void jumpTo(VariableScope scope, DunningStep step, Date when) {
    setDate(scope, step, when);
    scope.setVariable(CollectionsProcess.VAR_NEXT_STEP, step.name());
  }

  public Date dateOf(VariableScope scope, DunningStep step) {
    if (keepsVariables(scope)) {
      return (Date) scope.getVariable(step.dateVariable());
    }
    return schedule.date(Claims.invoiceNumberOf(scope), step.dateVariable()).orElse(null);
  }

  public void setDate(VariableScope scope, DunningStep step, Date when) {
    if (keepsVariables(scope)) {
      scope.setVariable(step.dateVariable(), when);
    } else {
      schedule.setDate(Claims.invoiceNumberOf(scope), step.dateVariable(), when);
    }
  }

  /** Moves the next step and every later one by {@code pause}: dunning resumes where it stopped. */
  public void shiftRemaining(VariableScope scope, Duration pause) {
    List<DunningStep> order = order(scope);
    int from = Math.max(order.indexOf(next(scope)), 0);
    shift(scope, order.subList(from, order.size()), pause);
  }

  /**
   * Moves {@code from} and every step after it in the plan to no earlier than {@code earliest},
   * keeping their distances: a notice's deadline that must run longer than the schedule planned
   * (Norway's 14 days) is never cut short by the next notice.
   */
  public void notBefore(VariableScope scope, DunningStep from, Date earliest) {
    Date date = dateOf(scope, from);
    if (date == null || !date.before(earliest)) {
      return;
    }
    Duration pause = Duration.between(date.toInstant(), earliest.toInstant());
    List<DunningStep> order = order(scope);
    int index = order.indexOf(from);
    shift(scope, order.subList(Math.max(index, 0), order.size()), pause);
  }

  private void shift(VariableScope scope, List<DunningStep> steps, Duration pause) {
    for (DunningStep step : steps) {
      Date planned = dateOf(scope, step);
      if (planned != null) {
        setDate(scope, step, Date.from(planned.toInstant().plus(pause)));
      }
    }
  }

  /** The step after {@code step} in this invoice's plan, if any. */
  public DunningStep after(VariableScope scope, DunningStep step) {
    List<DunningStep> order = order(scope);
    int index = order.indexOf(step);
    return index >= 0 && index + 1 < order.size() ? order.get(index + 1) : null;
  }

  /** One of the schedule's terms in days ({@link ScheduleSettings#PROMISE_GRACE_DAYS}, ...). */
  public int days(VariableScope scope, String term) {
    if (scope.getVariable(term) instanceof Number days) {
      return days.intValue();
    }
    String invoice = Claims.invoiceNumberOf(scope);
    return schedule.days(invoice, term)
        .orElseThrow(() -> new IllegalStateException("no " + term + " in the schedule of " + invoice));
  }

  List<DunningStep> order(VariableScope scope) {
    if (keepsVariables(scope)) {
      String order = (String) scope.getVariable(CollectionsProcess.VAR_STEP_ORDER);
      return Arrays.stream(order.split(",")).map(DunningStep::valueOf).toList();
    }
    return schedule.order(Claims.invoiceNumberOf(scope));
  }

  /** A case planned before the schedule had its table. */
  private static boolean keepsVariables(VariableScope scope) {
    return scope.getVariable(CollectionsProcess.VAR_STEP_ORDER) != null;
  }
}
