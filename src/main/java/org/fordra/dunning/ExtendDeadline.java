package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/** A manager gives the customer more time; when it is over, the managers decide again. */
@Component("extendDeadline")
class ExtendDeadline implements JavaDelegate {

  private final Claims claims;
  private final ContactHours contactHours;
  private final AuditTrail audit;

  ExtendDeadline(Claims claims, ContactHours contactHours, AuditTrail audit) {
    this.claims = claims;
    this.contactHours = contactHours;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    int days = ((Number) execution.getVariable(CollectionsProcess.VAR_EXTEND_DAYS)).intValue();
    var endsAt = contactHours.daysFromToday(days, invoice.getCustomer().timeZone());
    execution.setVariable(CollectionsProcess.VAR_EXTENSION_ENDS_AT, endsAt);
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "DEADLINE_EXTENDED",
        "Decision postponed by " + days + " days, to " + endsAt.toInstant());
  }
}
