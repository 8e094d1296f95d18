package org.fordra.dunning.preaction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.dunning.Claims;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.StepNotices;
import org.springframework.stereotype.Component;

/**
 * Sends the Letter of Claim (Pre-Action Protocol for Debt Claims, para 3). The Reply Form is due
 * within 30 days of the letter's date (para 4.1); the letter states that day.
 */
@Component("sendLetterOfClaim")
class SendLetterOfClaim implements JavaDelegate {

  /** Pre-Action Protocol for Debt Claims para 4.1: the debtor replies within 30 days. */
  static final int REPLY_DAYS = 30;

  private final Claims claims;
  private final StepNotices notices;

  SendLetterOfClaim(Claims claims, StepNotices notices) {
    this.claims = claims;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    notices.send(
        execution, invoice, NoticeFacts.payBy(notices.today(invoice).plusDays(REPLY_DAYS)));
  }
}
