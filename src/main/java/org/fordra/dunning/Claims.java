package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/** The invoice a process step works on, and its status changes, each written to the trail. */
@Component
public class Claims {

  private final InvoiceRepository invoices;
  private final AuditTrail audit;

  Claims(InvoiceRepository invoices, AuditTrail audit) {
    this.invoices = invoices;
    this.audit = audit;
  }

  public Invoice of(VariableScope scope) {
    String number = (String) scope.getVariable(CollectionsProcess.VAR_INVOICE_NUMBER);
    return invoices
        .findByNumber(number)
        .orElseThrow(() -> new IllegalStateException("no invoice " + number));
  }

  public void changeStatus(Invoice invoice, InvoiceStatus status, String why) {
    InvoiceStatus before = invoice.getStatus();
    if (before == status) {
      return;
    }
    invoice.changeStatus(status);
    audit.record(invoice.getNumber(), "STATUS_CHANGED", before + " -> " + status + ": " + why);
  }
}
