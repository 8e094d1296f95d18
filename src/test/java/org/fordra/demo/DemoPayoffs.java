package org.fordra.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fordra.fees.Payoff;
import org.fordra.fees.Payoffs;
import org.fordra.invoice.InvoiceRepository;
import org.springframework.transaction.support.TransactionTemplate;

/** What each open demo invoice owes today, as its notices and its page state it. */
final class DemoPayoffs {

  private DemoPayoffs() {}

  static List<Payoff> today(
      InvoiceRepository invoices, Payoffs payoffs, TransactionTemplate transaction, Clock clock) {
    return transaction.execute(status -> invoices.findAll().stream()
        .filter(invoice -> !invoice.isClosed())
        .map(invoice -> payoffs.asOfForNotice(invoice,
            LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()))))
        .toList());
  }
}
