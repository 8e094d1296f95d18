package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.StepNotices;
import org.springframework.stereotype.Component;

/** Tells the customer the promised payment did not come: pay before the ladder's next step. */
@Component("sendBrokenPromiseNotice")
class SendBrokenPromiseNotice implements JavaDelegate {

  private final Claims claims;
  private final StepNotices notices;
  private final PaymentDeadlines deadlines;

  SendBrokenPromiseNotice(Claims claims, StepNotices notices, PaymentDeadlines deadlines) {
    this.claims = claims;
    this.notices = notices;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    NoticeFacts facts =
        NoticeFacts.payBy(
            deadlines.dayBefore(
                DunningLadder.dateOf(execution, DunningLadder.next(execution)),
                invoice.getCustomer().timeZone(),
                notices.today(invoice)));
    notices.send(execution, invoice, facts);
  }
}
