package org.fordra.dunning;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.customer.Customer;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceAccount;
import org.fordra.invoice.InvoiceAccounts;
import org.springframework.stereotype.Component;

/**
 * Gives a new call task what a collector needs to sort and start it: a description with the
 * customer and the balance, due today, older debts first.
 */
@Component("prepareCallTask")
class PrepareCallTask implements TaskListener {

  private final Claims claims;
  private final InvoiceAccounts accounts;
  private final Clock clock;

  PrepareCallTask(Claims claims, InvoiceAccounts accounts, Clock clock) {
    this.claims = claims;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Invoice invoice = claims.of(task);
    Customer customer = invoice.getCustomer();
    InvoiceAccount account = accounts.of(invoice);
    long daysOverdue =
        Math.max(0, ChronoUnit.DAYS.between(invoice.getDueDate(), java.time.LocalDate.now(clock)));
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
            + daysOverdue
            + " days overdue.");
    task.setDueDate(Date.from(clock.instant().plus(1, ChronoUnit.DAYS)));
    // Older debts first: Tasklist sorts by priority, 0..100.
    task.setPriority((int) Math.min(100, 50 + daysOverdue));
  }
}
