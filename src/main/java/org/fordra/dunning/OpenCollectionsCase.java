package org.fordra.dunning;

import org.camunda.bpm.engine.RuntimeService;
import org.fordra.invoice.InvoiceRegistered;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.notices.SentNotices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the collections case of a newly registered invoice, one instance per invoice with the
 * invoice number as business key. Runs inside the registration's transaction: if the case cannot
 * start, the invoice is not stored either.
 *
 * <p>The case's first steps (the schedule, the contact gate) read the invoice, its account and
 * its notices; for an invoice stored a moment ago in this transaction those are known without
 * asking the database: the invoice among the transaction's entities, no charges, credits,
 * payments or notices yet (five queries of a registration's 33, docs/benchmark.md).
 */
@Component
class OpenCollectionsCase {

  private final RuntimeService runtime;
  private final Claims claims;
  private final InvoiceRepository invoices;
  private final InvoiceAccounts accounts;
  private final SentNotices notices;

  OpenCollectionsCase(
      RuntimeService runtime,
      Claims claims,
      InvoiceRepository invoices,
      InvoiceAccounts accounts,
      SentNotices notices) {
    this.runtime = runtime;
    this.claims = claims;
    this.invoices = invoices;
    this.accounts = accounts;
    this.notices = notices;
  }

  @EventListener
  void on(InvoiceRegistered invoice) {
    claims.registered(invoice.number(), invoice.invoiceId());
    // The transaction's own entity: found without SQL.
    invoices.findById(invoice.invoiceId()).ifPresent(accounts::opened);
    notices.noneYet(invoice.invoiceId());
    runtime
        .createProcessInstanceByKey(CollectionsProcess.PROCESS_KEY)
        .businessKey(invoice.number())
        .setVariable(CollectionsProcess.VAR_INVOICE_NUMBER, invoice.number())
        .setVariable(CollectionsProcess.VAR_CUSTOMER_TYPE, invoice.customerType().name())
        .execute();
  }
}
