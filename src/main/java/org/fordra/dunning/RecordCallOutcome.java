package org.fordra.dunning;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.api.PlausibleDates;
import org.fordra.audit.AuditTrail;
import org.fordra.disputes.Dispute;
import org.fordra.disputes.DisputeRepository;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * Checks and records what the collector entered after a call: the contact log entry, the audit
 * line, a dispute if the customer raised one, and the step after the call.
 */
@Component("recordCallOutcome")
class RecordCallOutcome implements TaskListener {

  private final Claims claims;
  private final ContactLog contactLog;
  private final DisputeRepository disputes;
  private final AuditTrail audit;
  private final Clock clock;
  private final DunningLadder ladder;

  RecordCallOutcome(
      Claims claims,
      ContactLog contactLog,
      DisputeRepository disputes,
      AuditTrail audit,
      Clock clock,
      DunningLadder ladder) {
    this.claims = claims;
    this.contactLog = contactLog;
    this.disputes = disputes;
    this.audit = audit;
    this.clock = clock;
    this.ladder = ladder;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    CallOutcome outcome = input.choice(CollectionsProcess.VAR_CALL_OUTCOME, CallOutcome.class);
    String notes = input.optionalText(CollectionsProcess.VAR_CALL_NOTES);
    Invoice invoice = claims.of(task);
    String detail = outcome.name();
    switch (outcome) {
      case PROMISE_TO_PAY -> {
        LocalDate promised = input.date(CollectionsProcess.VAR_PROMISED_DATE);
        LocalDate customersToday = LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()));
        if (promised.isBefore(customersToday)) {
          throw TaskInput.refuse(CollectionsProcess.VAR_PROMISED_DATE, "is in the past");
        }
        if (!PlausibleDates.isPlausible(promised, customersToday)) {
          throw TaskInput.refuse(
              CollectionsProcess.VAR_PROMISED_DATE, PlausibleDates.reason(customersToday));
        }
        // Keep one form: an ISO date string, whatever the form sent.
        task.setVariable(CollectionsProcess.VAR_PROMISED_DATE, promised.toString());
        detail += " by " + promised;
      }
      case PAYMENT_PLAN -> {
        int installments = input.whole(CollectionsProcess.VAR_PLAN_INSTALLMENTS, 2, 24);
        task.setVariable(CollectionsProcess.VAR_PLAN_INSTALLMENTS, installments);
        detail += " in " + installments + " monthly installments";
      }
      case DISPUTE ->
          disputes.save(
              new Dispute(
                  invoice,
                  notes.isEmpty() ? "Disputed on the phone" : notes,
                  clock.instant(),
                  agent(task)));
      case NO_CONTACT -> {}
    }
    contactLog.save(
        new ContactLogEntry(invoice, "PHONE", outcome.name(), notes, agent(task), clock.instant()));
    audit.record(
        invoice.getNumber(),
        agent(task),
        "CALL_OUTCOME",
        notes.isEmpty() ? detail : detail + ". Notes: " + notes);
    // A call a manager added to the diagram (a second call after reminder 2) is no step of the
    // case's plan: only the planned call moves the ladder on.
    if (DunningLadder.next(task.getExecution()) == DunningStep.CALL) {
      ladder.advancePast(task.getExecution(), DunningStep.CALL);
    }
  }

  private String agent(DelegateTask task) {
    String actor = audit.currentActor();
    return AuditTrail.SYSTEM.equals(actor) && task.getAssignee() != null ? task.getAssignee() : actor;
  }
}
