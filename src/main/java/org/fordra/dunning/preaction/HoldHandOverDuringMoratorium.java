package org.fordra.dunning.preaction;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.audit.AuditTrail;
import org.fordra.breathingspace.MoratoriumRecorded;
import org.fordra.dunning.CollectionsProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A claim waiting for the end of the Letter of Claim's periods must not go to the agency while a
 * Breathing Space moratorium bars enforcement (SI 2020/1311 reg. 7): a moratorium that begins
 * meanwhile moves the hand-over to the first day after it.
 */
@Component
class HoldHandOverDuringMoratorium {

  static final String PERIODS_OVER = "PreActionPeriodsOver";

  private final RuntimeService runtime;
  private final ManagementService management;
  private final AuditTrail audit;

  HoldHandOverDuringMoratorium(
      RuntimeService runtime,
      ManagementService management,
      AuditTrail audit) {
    this.runtime = runtime;
    this.management = management;
    this.audit = audit;
  }

  @EventListener
  void on(MoratoriumRecorded recorded) {
    if (recorded.openInvoiceNumbers().isEmpty()) {
      return;
    }
    Date until = Date.from(recorded.noContactFrom());
    for (String number : recorded.openInvoiceNumbers()) {
      for (ProcessInstance instance :
          runtime.createProcessInstanceQuery()
              .processDefinitionKey(CollectionsProcess.PROCESS_KEY)
              .processInstanceBusinessKey(number)
              .list()) {
        for (Job timer :
            management.createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(PERIODS_OVER)
                .timers()
                .list()) {
          if (timer.getDuedate().before(until)) {
            management.setJobDuedate(timer.getId(), until);
            audit.record(number, AuditTrail.SYSTEM, "PRE_ACTION_WAIT",
                "no hand-over to the agency before " + recorded.noContactBefore()
                    + ": a Breathing Space moratorium bars enforcement (SI 2020/1311 reg. 7)");
          }
        }
      }
    }
  }
}
