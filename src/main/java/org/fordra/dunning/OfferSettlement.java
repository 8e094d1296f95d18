package org.fordra.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/** Records the amount that settles the claim if paid by the offer's deadline. */
@Component("offerSettlement")
class OfferSettlement implements JavaDelegate {

  private final Claims claims;
  private final ContactHours contactHours;
  private final AuditTrail audit;
  private final DunningLadder ladder;

  OfferSettlement(
      Claims claims,
      ContactHours contactHours,
      AuditTrail audit,
      DunningLadder ladder) {
    this.claims = claims;
    this.contactHours = contactHours;
    this.audit = audit;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    ZoneId zone = invoice.getCustomer().timeZone();
    Money amount =
        Money.exact(
            new BigDecimal((String) execution.getVariable(CollectionsProcess.VAR_SETTLEMENT_AMOUNT)),
            invoice.currency());
    LocalDate today = contactHours.today(zone);
    int days = ladder.days(execution, ScheduleSettings.SETTLEMENT_DEADLINE_DAYS);
    LocalDate payBy = today.plusDays(days);
    invoice.offerSettlement(amount, today);
    execution.setVariable(
        CollectionsProcess.VAR_SETTLEMENT_DEADLINE_AT, contactHours.on(payBy.plusDays(1), zone));
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "SETTLEMENT_OFFERED",
        "Settles for " + amount.currency().getCurrencyCode() + " " + amount + " if paid by " + payBy);
  }
}
