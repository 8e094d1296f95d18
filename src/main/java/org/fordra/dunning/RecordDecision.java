package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/** Checks and records a manager's decision on an escalated case. */
@Component("recordDecision")
class RecordDecision implements TaskListener {

  private final Claims claims;
  private final InvoiceAccounts accounts;
  private final AuditTrail audit;

  RecordDecision(Claims claims, InvoiceAccounts accounts, AuditTrail audit) {
    this.claims = claims;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    EscalationDecision decision =
        input.choice(CollectionsProcess.VAR_DECISION, EscalationDecision.class);
    Invoice invoice = claims.of(task);
    String notes = input.optionalText(CollectionsProcess.VAR_DECISION_NOTES);
    String detail = decision.name();
    switch (decision) {
      case SETTLE -> {
        Money amount = input.amount(CollectionsProcess.VAR_SETTLEMENT_AMOUNT, invoice.currency());
        Money balance = accounts.of(invoice).balance();
        if (amount.compareTo(balance) >= 0) {
          throw TaskInput.refuse(
              CollectionsProcess.VAR_SETTLEMENT_AMOUNT,
              "must be less than the balance of " + balance);
        }
        task.setVariable(CollectionsProcess.VAR_SETTLEMENT_AMOUNT, amount.toString());
        detail += " for " + amount.currency().getCurrencyCode() + " " + amount;
      }
      case EXTEND -> {
        int days = input.whole(CollectionsProcess.VAR_EXTEND_DAYS, 1, 365);
        task.setVariable(CollectionsProcess.VAR_EXTEND_DAYS, days);
        detail += " by " + days + " days";
      }
      case WRITE_OFF -> {
        if (notes.isEmpty()) {
          throw TaskInput.refuse(CollectionsProcess.VAR_DECISION_NOTES, "say why it is written off");
        }
      }
      case AGENCY -> {}
    }
    audit.record(
        invoice.getNumber(),
        "DECISION",
        notes.isEmpty() ? detail : detail + ". Notes: " + notes);
  }
}
