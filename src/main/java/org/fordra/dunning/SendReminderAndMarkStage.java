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
 * The pre-due reminder, the due notice and reminders 1 and 2: sends the one the element names in
 * its {@code noticeKind} property and marks its stage reached.
 */
@Component("sendReminderAndMarkStage")
class SendReminderAndMarkStage extends LadderNoticeStep {

  private final ContactDays contactCalendar;

  SendReminderAndMarkStage(
      Claims claims,
      StepNotices notices,
      PaymentDeadlines deadlines,
      ContactHours contactHours,
      AuditTrail audit,
      ContactDays contactCalendar,
      DunningLadder ladder) {
    super(claims, notices, deadlines, contactHours, audit, ladder);
    this.contactCalendar = contactCalendar;
  }

  @Override
  NoticeFacts factsFor(
      NoticeKind kind, DelegateExecution execution, Invoice invoice, LocalDate today) {
    return switch (kind) {
      case PRE_DUE_REMINDER, DUE_NOTICE -> NoticeFacts.payBy(invoice.getDueDate());
      default ->
          NoticeFacts.payBy(deadlines.lastDayToPay(kind, execution, invoice, today).orElseThrow());
    };
  }

  /**
   * Norway: the next written notice never comes before the deadline this reminder gave has
   * passed (a second purregebyr needs an overstepped deadline of at least 14 days,
   * inkassoforskriften § 1-3); where the schedule put it earlier, it and what follows move to the
   * day after.
   */
  @Override
  void afterReaching(
      DelegateExecution execution, Invoice invoice, NoticeKind kind, NoticeFacts facts,
      ZoneId zone) {
    if (!PaymentDeadlines.norwegian(invoice.getCustomer())
        || (kind != NoticeKind.REMINDER_1 && kind != NoticeKind.REMINDER_2)
        || facts.payBy() == null) {
      return;
    }
    DunningStep next = deadlines.nextWritten(execution, DunningStep.valueOf(kind.name()));
    if (next != null && next != DunningStep.DECISION) {
      LocalDate after =
          contactCalendar.firstContactDayFrom(
              facts.payBy().plusDays(1), invoice.getCustomer().getCountry());
      ladder.notBefore(execution, next, contactHours.on(after, zone));
    }
  }
}
