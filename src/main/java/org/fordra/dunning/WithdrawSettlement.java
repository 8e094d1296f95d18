package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/** The settlement offer lapsed unpaid: the full claim stands again and a manager decides anew. */
@Component("withdrawSettlement")
class WithdrawSettlement implements JavaDelegate {

  private final Claims claims;
  private final AuditTrail audit;

  WithdrawSettlement(Claims claims, AuditTrail audit) {
    this.claims = claims;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    invoice.withdrawSettlement();
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "SETTLEMENT_LAPSED",
        "The settlement offer was not paid in time; the full claim stands");
  }
}
