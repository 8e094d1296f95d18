package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.StepNotices;
import org.springframework.stereotype.Component;

/** Thanks the customer for paying: the receipt of a case closed as paid or settled. */
@Component("sendPaidReceipt")
class SendPaidReceipt implements JavaDelegate {

  private final Claims claims;
  private final StepNotices notices;

  SendPaidReceipt(Claims claims, StepNotices notices) {
    this.claims = claims;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.send(execution, claims.of(execution), NoticeFacts.none());
  }
}
