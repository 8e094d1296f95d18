package org.fordra.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.StepNotices;
import org.springframework.stereotype.Component;

/** Tells the customer the claim went to the collection agency. */
@Component("tellCustomerAboutAgency")
class TellCustomerAboutAgency implements JavaDelegate {

  private final Claims claims;
  private final StepNotices notices;

  TellCustomerAboutAgency(Claims claims, StepNotices notices) {
    this.claims = claims;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.send(execution, claims.of(execution), NoticeFacts.none());
  }
}
