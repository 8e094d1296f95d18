package org.fordra.dunning;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/** First step of every case: the dates of the whole dunning ladder, from the decision table. */
@Component("planDunningSchedule")
class PlanDunningSchedule implements JavaDelegate {

  private final Claims claims;
  private final DunningSchedule schedule;
  private final AuditTrail audit;
  private final DunningLadder ladder;

  PlanDunningSchedule(
      Claims claims,
      DunningSchedule schedule,
      AuditTrail audit,
      DunningLadder ladder) {
    this.claims = claims;
    this.schedule = schedule;
    this.audit = audit;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    DunningSchedule.Plan plan = schedule.plan(invoice);
    ladder.start(execution, plan);
    String steps =
        plan.order().stream()
            .map(step -> step + " " + plan.dates().get(step).toInstant())
            .collect(Collectors.joining(", "));
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "SCHEDULE_PLANNED",
        "Dunning schedule (" + processVersion(execution) + "): " + steps);
  }

  /** "collections version 3": which version of the diagram a manager deployed ran this case. */
  static String processVersion(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
      ProcessDefinitionEntity definition = entity.getProcessDefinition();
      return definition.getKey() + " version " + definition.getVersion();
    }
    return "process definition " + execution.getProcessDefinitionId();
  }
}
