package org.fordra.dunning;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.audit.AuditTrail;
import org.fordra.disputes.DisputeRepository;
import org.fordra.disputes.DisputeResolution;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/** Checks and records what sales decided about a dispute. */
@Component("recordDisputeResolution")
class RecordDisputeResolution implements TaskListener {

  private final Claims claims;
  private final InvoiceAccounts accounts;
  private final DisputeRepository disputes;
  private final AuditTrail audit;
  private final Clock clock;

  RecordDisputeResolution(
      Claims claims,
      InvoiceAccounts accounts,
      DisputeRepository disputes,
      AuditTrail audit,
      Clock clock) {
    this.claims = claims;
    this.accounts = accounts;
    this.disputes = disputes;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    DisputeResolution resolution =
        input.choice(CollectionsProcess.VAR_DISPUTE_RESOLUTION, DisputeResolution.class);
    String notes = input.text(CollectionsProcess.VAR_RESOLUTION_NOTES);
    Invoice invoice = claims.of(task);
    Money credit = null;
    if (resolution == DisputeResolution.PARTIAL) {
      credit = input.amount(CollectionsProcess.VAR_CREDIT_AMOUNT, invoice.currency());
      Money balance = accounts.of(invoice).balance();
      if (credit.compareTo(balance) >= 0) {
        throw TaskInput.refuse(
            CollectionsProcess.VAR_CREDIT_AMOUNT,
            "must be less than the balance of " + balance + " (uphold the dispute to cancel it all)");
      }
      task.setVariable(CollectionsProcess.VAR_CREDIT_AMOUNT, credit.toString());
    }
    Money credited = credit;
    disputes
        .findFirstByInvoiceIdAndResolutionIsNullOrderByIdDesc(invoice.getId())
        .ifPresent(d -> d.resolve(resolution, credited, notes, clock.instant(), audit.currentActor()));
    audit.record(
        invoice.getNumber(),
        "DISPUTE_RESOLVED",
        resolution + (credit == null ? "" : " crediting " + credit) + ". Notes: " + notes);
  }
}
