package org.fordra.notices;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.Claims;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.ContactHours;
import org.fordra.dunning.DunningLadder;
import org.fordra.dunning.DunningStep;
import org.fordra.dunning.contact.ContactCalendar;
import org.fordra.fees.MissingRates;
import org.fordra.fees.Payoff;
import org.fordra.fees.Payoffs;
import org.fordra.invoice.Invoice;
import org.fordra.payments.InstallmentStatus;
import org.fordra.payments.PaymentPlan;
import org.fordra.payments.PaymentPlanRepository;
import org.springframework.stereotype.Component;

/**
 * Sends the notice the BPMN step names in its {@code noticeKind} input. Runs as its own job
 * (asynchronous before and after): a mail failure fails the job, which the engine retries, and
 * the stored copy rolls back with it, so a notice is never lost nor recorded unsent. A notice of
 * the dunning ladder also marks the stage reached and makes the following step next.
 */
@Component("sendNotice")
class SendNotice implements JavaDelegate {

  /** Pre-Action Protocol for Debt Claims para 4.1: the debtor replies within 30 days. */
  static final int LETTER_OF_CLAIM_REPLY_DAYS = 30;

  private final Claims claims;
  private final Notices notices;
  private final ContactHours contactHours;
  private final PaymentPlanRepository plans;
  private final AuditTrail audit;
  private final Payoffs payoffs;
  private final PaymentDeadlines deadlines;
  private final InstallmentStatus installments;
  private final MissingRates missingRates;
  private final ContactCalendar contactCalendar;

  SendNotice(
      Claims claims,
      Notices notices,
      ContactHours contactHours,
      PaymentPlanRepository plans,
      AuditTrail audit,
      Payoffs payoffs,
      PaymentDeadlines deadlines,
      InstallmentStatus installments,
      ContactCalendar contactCalendar,
      MissingRates missingRates) {
    this.deadlines = deadlines;
    this.contactCalendar = contactCalendar;
    this.missingRates = missingRates;
    this.installments = installments;
    this.claims = claims;
    this.notices = notices;
    this.contactHours = contactHours;
    this.plans = plans;
    this.audit = audit;
    this.payoffs = payoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeKind kind =
        NoticeKind.valueOf((String) execution.getVariable(CollectionsProcess.VAR_NOTICE_KIND));
    Invoice invoice = claims.of(execution);
    if (kind == NoticeKind.MISSED_INSTALLMENT && paidWhileTheReminderWaited(execution, invoice)) {
      return;
    }
    ZoneId zone = invoice.getCustomer().timeZone();
    NoticeFacts facts = factsFor(kind, execution, invoice, zone);
    if (kind == NoticeKind.FINAL_NOTICE) {
      // The deadline printed on the notice is the one the process waits for.
      DunningLadder.setDate(
          execution, DunningStep.DECISION, contactHours.on(facts.payBy().plusDays(1), zone));
    }
    notices.send(invoice, kind, facts);
    raiseMissingRate(execution, invoice, zone);
    kind.stage()
        .ifPresent(
            stage -> {
              invoice.reachStage(stage);
              DunningLadder.advancePast(execution, DunningStep.valueOf(kind.name()));
              keepTheNextNoticeAfterTheDeadline(execution, invoice, kind, facts, zone);
              audit.record(invoice.getNumber(), AuditTrail.SYSTEM, "STAGE_REACHED", stage.name());
            });
  }

  /**
   * A missed installment found on a weekend or holiday is reminded on the next contact day; a
   * customer who paid it meanwhile gets no reminder (the plan's grace check then finds it paid).
   */
  private boolean paidWhileTheReminderWaited(DelegateExecution execution, Invoice invoice) {
    int number =
        ((Number) execution.getVariable(CollectionsProcess.VAR_INSTALLMENT_NUMBER)).intValue();
    if (!installments.isPaid(invoice, number)) {
      return false;
    }
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "NOTICE_NOT_SENT",
        "MISSED_INSTALLMENT: installment " + number
            + " was paid while the reminder waited for the customer's contact hours");
    return true;
  }

  /**
   * The notice went out saying that statutory interest accrues, but without its amount: a rate
   * is missing. That must not stay quiet, nor become an incident per case and notice: the missing
   * series and half-year is noted once on the operators' list of missing rates (dashboard,
   * {@code /reference-rates}), the case's trail says so, and the case itself goes on.
   */
  private void raiseMissingRate(DelegateExecution execution, Invoice invoice, ZoneId zone) {
    Payoff payoff = payoffs.asOfForNotice(invoice, contactHours.today(zone));
    if (payoff.interestPending()) {
      String why = payoff.interestNotYetKnown().getMessage();
      missingRates.noticedApart(payoff.interestNotYetKnown(), invoice.getNumber());
      audit.record(invoice.getNumber(), AuditTrail.SYSTEM, "RATE_MISSING", why);
    }
  }

  /**
   * Norway: the next written notice never comes before the deadline this reminder gave has
   * passed (a second purregebyr needs an overstepped deadline of at least 14 days, inkassoforskriften
   * § 1-3); where the schedule put it earlier, it and what follows move to the day after.
   */
  private void keepTheNextNoticeAfterTheDeadline(
      DelegateExecution execution, Invoice invoice, NoticeKind kind, NoticeFacts facts,
      ZoneId zone) {
    if (!PaymentDeadlines.norwegian(invoice.getCustomer())
        || (kind != NoticeKind.REMINDER_1 && kind != NoticeKind.REMINDER_2)
        || facts.payBy() == null) {
      return;
    }
    DunningStep next = PaymentDeadlines.nextWritten(execution, DunningStep.valueOf(kind.name()));
    if (next != null && next != DunningStep.DECISION) {
      LocalDate after =
          contactCalendar.firstContactDayFrom(
              facts.payBy().plusDays(1), invoice.getCustomer().getCountry());
      DunningLadder.notBefore(execution, next, contactHours.on(after, zone));
    }
  }

  private NoticeFacts factsFor(
      NoticeKind kind, DelegateExecution execution, Invoice invoice, ZoneId zone) {
    LocalDate today = contactHours.today(zone);
    return switch (kind) {
      case PRE_DUE_REMINDER, DUE_NOTICE -> NoticeFacts.payBy(invoice.getDueDate());
      case REMINDER_1, REMINDER_2, FINAL_NOTICE ->
          NoticeFacts.payBy(deadlines.lastDayToPay(kind, execution, invoice, today).orElseThrow());
      case BROKEN_PROMISE -> NoticeFacts.payBy(deadlines.dayBefore(DunningLadder.dateOf(execution,
          DunningLadder.next(execution)), zone, today));
      case MISSED_INSTALLMENT ->
          NoticeFacts.payBy(deadlines.dayBefore(
              (Date) execution.getVariable(CollectionsProcess.VAR_GRACE_ENDS_AT), zone, today));
      case PAYMENT_PLAN_CONFIRMATION -> {
        PaymentPlan plan = plans.findFirstByInvoiceIdOrderByIdDesc(invoice.getId()).orElseThrow();
        List<NoticeFacts.InstallmentLine> lines =
            plan.getInstallments().stream()
                .map(i -> new NoticeFacts.InstallmentLine(i.getNumber(), i.getDueDate(), i.amount()))
                .toList();
        yield new NoticeFacts(lines.get(0).dueDate(), null, lines);
      }
      case SETTLEMENT_OFFER ->
          new NoticeFacts(
              deadlines.dayBefore(
                  (Date) execution.getVariable(CollectionsProcess.VAR_SETTLEMENT_DEADLINE_AT),
                  zone,
                  today),
              invoice.settlementAmount().orElseThrow(),
              List.of());
      case AGENCY_HANDOVER, PAID_RECEIPT -> NoticeFacts.none();
      // The Reply Form is due within 30 days of the letter's date; the letter states that day.
      case LETTER_OF_CLAIM -> NoticeFacts.payBy(today.plusDays(LETTER_OF_CLAIM_REPLY_DAYS));
    };
  }
}
