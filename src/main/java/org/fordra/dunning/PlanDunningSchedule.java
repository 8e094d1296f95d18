package org.fordra.dunning;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/** First step of every case: the dates of the whole dunning ladder, from the decision table. */
@Component("planDunningSchedule")
class PlanDunningSchedule implements JavaDelegate {

  private final Claims claims;
  private final DunningSchedule schedule;
  private final AuditTrail audit;

  PlanDunningSchedule(Claims claims, DunningSchedule schedule, AuditTrail audit) {
    this.claims = claims;
    this.schedule = schedule;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    DunningSchedule.Plan plan = schedule.plan(invoice);
    DunningLadder.start(execution, plan);
    String steps =
        plan.order().stream()
            .map(step -> step + " " + plan.dates().get(step).toInstant())
            .collect(Collectors.joining(", "));
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "SCHEDULE_PLANNED",
        "Dunning schedule (process definition "
            + execution.getProcessDefinitionId()
            + "): "
            + steps);
  }
}
