package org.fordra.dunning;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.StepNotices;
import org.springframework.stereotype.Component;

/**
 * The final notice with its deadline, marking the stage FINAL_NOTICE reached. The deadline printed
 * on the notice is the one the process waits for: the decision falls due the day after it.
 */
@Component("sendFinalNoticeAndMarkStage")
class SendFinalNoticeAndMarkStage extends LadderNoticeStep {

  SendFinalNoticeAndMarkStage(
      Claims claims,
      StepNotices notices,
      PaymentDeadlines deadlines,
      ContactHours contactHours,
      AuditTrail audit,
      DunningLadder ladder) {
    super(claims, notices, deadlines, contactHours, audit, ladder);
  }

  @Override
  NoticeFacts factsFor(
      NoticeKind kind, DelegateExecution execution, Invoice invoice, LocalDate today) {
    return NoticeFacts.payBy(deadlines.lastDayToPay(kind, execution, invoice, today).orElseThrow());
  }

  @Override
  void beforeSending(DelegateExecution execution, NoticeFacts facts, ZoneId zone) {
    ladder.setDate(
        execution, DunningStep.DECISION, contactHours.on(facts.payBy().plusDays(1), zone));
  }
}
