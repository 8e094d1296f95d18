package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/** A manager judged the claim uncollectable: what is still owed is written off. */
@Component("writeOff")
class WriteOff implements JavaDelegate {

  private final Claims claims;
  private final Credits credits;

  WriteOff(Claims claims, Credits credits) {
    this.claims = claims;
    this.credits = credits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    String notes = String.valueOf(execution.getVariable(CollectionsProcess.VAR_DECISION_NOTES));
    credits.creditBalance(invoice, CreditType.WRITE_OFF, notes);
    claims.changeStatus(invoice, InvoiceStatus.WRITTEN_OFF, notes);
  }
}
