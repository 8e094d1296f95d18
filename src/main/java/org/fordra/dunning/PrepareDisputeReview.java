package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.disputes.Dispute;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.springframework.stereotype.Component;

/**
 * Gives a new dispute review what sales needs to judge it: the customer, the invoice, what is
 * owed and the reason the customer gave. Dunning is paused while it waits, so it is due within a
 * week: a claim nobody chases goes stale.
 */
@Component("prepareDisputeReview")
class PrepareDisputeReview implements TaskListener {

  static final int DAYS_TO_REVIEW = 7;

  private final Claims claims;
  private final TaskBriefing briefing;

  PrepareDisputeReview(Claims claims, TaskBriefing briefing) {
    this.claims = claims;
    this.briefing = briefing;
  }

  @Override
  public void notify(DelegateTask task) {
    Invoice invoice = claims.of(task);
    InvoiceAccount account = briefing.describeCase(task, invoice);
    briefing.describeContacts(task, invoice);
    briefing.describeDispute(task, invoice);
    task.setName(briefing.headline("Dispute:", invoice, account.balance()));
    task.setDescription(
        invoice.getCustomer().getName()
            + " disputes invoice "
            + invoice.getNumber()
            + " ("
            + account.balance().currency().getCurrencyCode()
            + " "
            + account.balance()
            + " outstanding).");
    briefing.dueWithin(task, invoice, account, DAYS_TO_REVIEW);
  }
}
