package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/** The dispute was upheld: the customer owes nothing on this invoice. */
@Component("cancelInvoice")
class CancelInvoice implements JavaDelegate {

  private final Claims claims;
  private final Credits credits;

  CancelInvoice(Claims claims, Credits credits) {
    this.claims = claims;
    this.credits = credits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    String notes = String.valueOf(execution.getVariable(CollectionsProcess.VAR_RESOLUTION_NOTES));
    credits.creditBalance(invoice, CreditType.CANCELLATION, "dispute upheld: " + notes);
    claims.changeStatus(invoice, InvoiceStatus.CANCELLED, "dispute upheld");
  }
}
