package org.fordra.dunning;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.StepNotices;
import org.springframework.stereotype.Component;

/** Sends the managers' settlement offer: the amount, valid until the day before it lapses. */
@Component("sendSettlementOffer")
class SendSettlementOffer implements JavaDelegate {

  private final Claims claims;
  private final StepNotices notices;
  private final PaymentDeadlines deadlines;

  SendSettlementOffer(Claims claims, StepNotices notices, PaymentDeadlines deadlines) {
    this.claims = claims;
    this.notices = notices;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    Date lapses = (Date) execution.getVariable(CollectionsProcess.VAR_SETTLEMENT_DEADLINE_AT);
    NoticeFacts facts =
        new NoticeFacts(
            deadlines.dayBefore(lapses, invoice),
            invoice.settlementAmount().orElseThrow(),
            List.of());
    notices.send(execution, invoice, facts);
  }
}
