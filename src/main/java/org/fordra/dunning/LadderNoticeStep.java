package org.fordra.dunning;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.DunningStage;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.StepNotices;

/**
 * A notice of the dunning ladder: sends the notice its element names, then marks the invoice's
 * stage reached and makes the following step of the case's plan next. Both effects are in the
 * bean's name ({@code ...AndMarkStage}), so the diagram says what the step does.
 */
abstract class LadderNoticeStep implements JavaDelegate {

  final Claims claims;
  final StepNotices notices;
  final PaymentDeadlines deadlines;
  final ContactHours contactHours;
  final AuditTrail audit;
  final DunningLadder ladder;

  LadderNoticeStep(
      Claims claims,
      StepNotices notices,
      PaymentDeadlines deadlines,
      ContactHours contactHours,
      AuditTrail audit,
      DunningLadder ladder) {
    this.claims = claims;
    this.notices = notices;
    this.deadlines = deadlines;
    this.contactHours = contactHours;
    this.audit = audit;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeKind kind = notices.kindOf(execution);
    DunningStage stage =
        kind.stage()
            .orElseThrow(
                () -> new IllegalStateException(kind + " is no notice of the dunning ladder"));
    Invoice invoice = claims.of(execution);
    ZoneId zone = invoice.getCustomer().timeZone();
    LocalDate today = contactHours.today(zone);
    NoticeFacts facts = factsFor(kind, execution, invoice, today);
    beforeSending(execution, facts, zone);
    notices.send(invoice, kind, facts);
    invoice.reachStage(stage);
    ladder.advancePast(execution, DunningStep.valueOf(kind.name()));
    afterReaching(execution, invoice, kind, facts, zone);
    audit.record(invoice.getNumber(), AuditTrail.SYSTEM, "STAGE_REACHED", stage.name());
  }

  abstract NoticeFacts factsFor(
      NoticeKind kind, DelegateExecution execution, Invoice invoice, LocalDate today);

  void beforeSending(DelegateExecution execution, NoticeFacts facts, ZoneId zone) {}

  void afterReaching(
      DelegateExecution execution, Invoice invoice, NoticeKind kind, NoticeFacts facts,
      ZoneId zone) {}
}
