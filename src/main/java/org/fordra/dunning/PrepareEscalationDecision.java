package org.fordra.dunning;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceAccount;
import org.springframework.stereotype.Component;

/**
 * Gives a manager what they need to decide an escalated case: the customer, the invoice, what
 * is owed and the whole dunning history. Due within three days, bigger and older debts first.
 */
@Component("prepareEscalationDecision")
class PrepareEscalationDecision implements TaskListener {

  static final int DAYS_TO_DECIDE = 3;

  private final Claims claims;
  private final TaskBriefing briefing;
  private final Clock clock;

  PrepareEscalationDecision(Claims claims, TaskBriefing briefing, Clock clock) {
    this.claims = claims;
    this.briefing = briefing;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Invoice invoice = claims.of(task);
    InvoiceAccount account = briefing.describeCase(task, invoice);
    briefing.describeContacts(task, invoice);
    briefing.describeDunningHistory(task, invoice);
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
    task.setDueDate(Date.from(clock.instant().plus(DAYS_TO_DECIDE, ChronoUnit.DAYS)));
    task.setPriority(briefing.priority(invoice, account));
  }
}
