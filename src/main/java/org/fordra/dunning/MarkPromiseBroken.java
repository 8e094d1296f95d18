package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/** The promised date and its grace passed with money still owed: dunning goes on. */
@Component("markPromiseBroken")
class MarkPromiseBroken implements JavaDelegate {

  private final Claims claims;

  MarkPromiseBroken(Claims claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    claims.changeStatus(
        invoice,
        InvoiceStatus.OPEN,
        "promise to pay by " + execution.getVariable(CollectionsProcess.VAR_PROMISED_DATE)
            + " broken");
  }
}
