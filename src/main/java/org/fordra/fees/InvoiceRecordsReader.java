package org.fordra.fees;

import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.springframework.stereotype.Component;

/** Reads an invoice's {@link InvoiceRecords}: its account from the ledger, the reminders sent. */
@Component
class InvoiceRecordsReader {

  private final InvoiceAccounts accounts;
  private final WrittenReminders reminders;

  InvoiceRecordsReader(InvoiceAccounts accounts, WrittenReminders reminders) {
    this.accounts = accounts;
    this.reminders = reminders;
  }

  InvoiceRecords of(Invoice invoice) {
    InvoiceAccount account = accounts.of(invoice);
    return new InvoiceRecords(
        account.charges(), account.credits(), account.payments(), reminders.sentFor(invoice));
  }
}
