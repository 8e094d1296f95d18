package org.fordra.dunning;

import java.util.Date;
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
  private final DunningLadder ladder;

  SendBrokenPromiseNotice(
      Claims claims,
      StepNotices notices,
      PaymentDeadlines deadlines,
      DunningLadder ladder) {
    this.claims = claims;
    this.notices = notices;
    this.deadlines = deadlines;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    Date nextStep = ladder.dateOf(execution, DunningLadder.next(execution));
    notices.send(execution, invoice, NoticeFacts.payBy(deadlines.dayBefore(nextStep, invoice)));
  }
}
