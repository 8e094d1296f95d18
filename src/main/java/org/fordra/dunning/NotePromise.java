package org.fordra.dunning;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/** The customer promised a date: nobody chases them until it and a few days' grace have passed. */
@Component("notePromise")
class NotePromise implements JavaDelegate {

  private final Claims claims;
  private final ContactHours contactHours;
  private final DunningLadder ladder;

  NotePromise(Claims claims, ContactHours contactHours, DunningLadder ladder) {
    this.claims = claims;
    this.contactHours = contactHours;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    LocalDate promised =
        LocalDate.parse((String) execution.getVariable(CollectionsProcess.VAR_PROMISED_DATE));
    int grace = ladder.days(execution, ScheduleSettings.PROMISE_GRACE_DAYS);
    execution.setVariable(
        CollectionsProcess.VAR_PROMISE_CHECK_AT,
        contactHours.on(promised.plusDays(grace + 1L), invoice.getCustomer().timeZone()));
    claims.changeStatus(invoice, InvoiceStatus.PROMISED, "promised to pay by " + promised);
  }
}
