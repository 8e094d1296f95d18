package org.fordra.dunning;

import org.camunda.bpm.engine.RuntimeService;
import org.fordra.invoice.InvoiceRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the collections case of a newly registered invoice, one instance per invoice with the
 * invoice number as business key. Runs inside the registration's transaction: if the case cannot
 * start, the invoice is not stored either.
 */
@Component
class OpenCollectionsCase {

  private final RuntimeService runtime;

  OpenCollectionsCase(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(InvoiceRegistered invoice) {
    runtime
        .createProcessInstanceByKey(CollectionsProcess.PROCESS_KEY)
        .businessKey(invoice.number())
        .setVariable(CollectionsProcess.VAR_INVOICE_NUMBER, invoice.number())
        .setVariable(CollectionsProcess.VAR_CUSTOMER_TYPE, invoice.customerType().name())
        .execute();
  }
}
