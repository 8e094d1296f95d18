package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.springframework.stereotype.Component;

/**
 * Gives a manager what they need to decide an escalated case, in short: the customer, the
 * invoice, what is owed line by line, the promises and plans broken, and the last contacts (the
 * whole trail is one link away, on the invoice's page). Due within three days, bigger and older
 * debts first.
 */
@Component("prepareEscalationDecision")
class PrepareEscalationDecision implements TaskListener {

  static final int DAYS_TO_DECIDE = 3;

  private final Claims claims;
  private final TaskBriefing briefing;

  PrepareEscalationDecision(Claims claims, TaskBriefing briefing) {
    this.claims = claims;
    this.briefing = briefing;
  }

  @Override
  public void notify(DelegateTask task) {
    Invoice invoice = claims.of(task);
    InvoiceAccount account = briefing.describeCase(task, invoice);
    briefing.describeContacts(task, invoice);
    briefing.describeBrokenCommitments(task, invoice);
    task.setName(briefing.headline("Decide:", invoice, account.balance()));
    task.setDescription(
        "Decide what happens to invoice "
            + invoice.getNumber()
            + " of "
            + invoice.getCustomer().getName()
            + ": "
            + account.balance().currency().getCurrencyCode()
            + " "
            + account.balance()
            + " outstanding, "
            + briefing.daysOverdue(invoice)
            + " days overdue.");
    briefing.dueWithin(task, invoice, account, DAYS_TO_DECIDE);
  }
}
