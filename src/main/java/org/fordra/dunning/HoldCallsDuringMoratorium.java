package org.fordra.dunning;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fordra.audit.AuditTrail;
import org.fordra.breathingspace.MoratoriumRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A call task already open when a Breathing Space moratorium begins must not be worked while it
 * runs (SI 2020/1311 regs. 7, 11: no contact to ask for payment): the task is marked "do not
 * call", its due date moves to the first day contact may be asked about again, so it leaves
 * "Calls due today" until then. New call tasks wait at the contact gate instead.
 */
@Component
class HoldCallsDuringMoratorium {

  static final String MARK = "Breathing Space moratorium: do not call before ";

  private final TaskService tasks;
  private final AuditTrail audit;

  HoldCallsDuringMoratorium(TaskService tasks, AuditTrail audit) {
    this.tasks = tasks;
    this.audit = audit;
  }

  @EventListener
  void on(MoratoriumRecorded recorded) {
    if (recorded.openInvoiceNumbers().isEmpty()) {
      return;
    }
    Date until = Date.from(recorded.noContactFrom());
    for (String number : recorded.openInvoiceNumbers()) {
      for (Task call :
          tasks.createTaskQuery()
              .taskDefinitionKey(CollectionsProcess.TASK_CALL_CUSTOMER)
              .processInstanceBusinessKey(number)
              .list()) {
        String description = call.getDescription() == null ? "" : call.getDescription();
        call.setDescription(MARK + recorded.noContactBefore() + ". " + description);
        call.setDueDate(until);
        call.setFollowUpDate(until);
        tasks.saveTask(call);
        audit.record(number, AuditTrail.SYSTEM, "CALL_HELD",
            "the open call task waits: no call before " + recorded.noContactBefore()
                + " (Breathing Space moratorium, SI 2020/1311 regs. 7, 11)");
      }
    }
  }
}
