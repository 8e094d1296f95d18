package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.DunningStage;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/** The final notice's deadline passed unpaid: the case goes to the managers. */
@Component("markEscalated")
class MarkEscalated implements JavaDelegate {

  private final Claims claims;
  private final AuditTrail audit;

  MarkEscalated(Claims claims, AuditTrail audit) {
    this.claims = claims;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    invoice.reachStage(DunningStage.ESCALATED);
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "ESCALATED",
        "Final notice deadline passed unpaid; a manager decides what happens next");
  }
}
