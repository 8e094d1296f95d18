package org.fordra.fees;

import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.notices.NoticeRepository;
import org.springframework.stereotype.Component;

/** Reads an invoice's {@link InvoiceRecords}: its account from the ledger and its sent notices. */
@Component
class InvoiceRecordsReader {

  private final InvoiceAccounts accounts;
  private final NoticeRepository notices;

  InvoiceRecordsReader(InvoiceAccounts accounts, NoticeRepository notices) {
    this.accounts = accounts;
    this.notices = notices;
  }

  InvoiceRecords of(Invoice invoice) {
    InvoiceAccount account = accounts.of(invoice);
    return new InvoiceRecords(
        account.charges(), account.credits(), account.payments(), notices.sentFor(invoice.getId()));
  }
}
