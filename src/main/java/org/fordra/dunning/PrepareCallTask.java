package org.fordra.dunning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.customer.Customer;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.springframework.stereotype.Component;

/**
 * Gives a new call task what a collector needs to sort and start it: a description with the
 * customer and the balance, the briefing the form shows, due by the end of the customer's
 * business day, bigger and older debts first.
 */
@Component("prepareCallTask")
class PrepareCallTask implements TaskListener {

  /** Calls are made the day they fall due; after this local hour nobody should be rung. */
  static final LocalTime END_OF_CALLING_DAY = LocalTime.of(18, 0);

  private final Claims claims;
  private final TaskBriefing briefing;
  private final Clock clock;

  PrepareCallTask(Claims claims, TaskBriefing briefing, Clock clock) {
    this.claims = claims;
    this.briefing = briefing;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Invoice invoice = claims.of(task);
    Customer customer = invoice.getCustomer();
    InvoiceAccount account = briefing.describeCase(task, invoice);
    briefing.describeContacts(task, invoice);
    task.setName(briefing.headline("Call", invoice, account.balance()));
    task.setDescription(
        "Call "
            + customer.getName()
            + (customer.getPhone() == null ? "" : " on " + customer.getPhone())
            + " about invoice "
            + invoice.getNumber()
            + ": "
            + account.balance().currency().getCurrencyCode()
            + " "
            + account.balance()
            + " outstanding, "
            + briefing.daysOverdue(invoice)
            + " days overdue.");
    ZoneId zone = customer.timeZone();
    task.setDueDate(
        Date.from(LocalDate.now(clock.withZone(zone)).atTime(END_OF_CALLING_DAY).atZone(zone).toInstant()));
    task.setPriority(TasklistPriority.of(account.balance(), briefing.daysOverdue(invoice)));
  }
}
