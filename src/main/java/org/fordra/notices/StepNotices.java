package org.fordra.notices;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fordra.audit.AuditTrail;
import org.fordra.fees.MissingRates;
import org.fordra.fees.Payoff;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * What every BPMN step that sends a notice shares: the notice its element names in its
 * {@value NoticeKind#STEP_PROPERTY} property, sent through {@link Notices}, and a missing interest
 * rate noted apart. The steps themselves ({@code ${sendReminderAndMarkStage}},
 * {@code ${confirmPaymentPlan}}, ...) live in the features that own them and work out what their
 * notice states. They run inside the step's timer job: the notice is stored in the step's
 * transaction and rolls back with it.
 */
@Component
public class StepNotices {

  private final Notices notices;
  private final MissingRates missingRates;
  private final AuditTrail audit;
  private final Clock clock;

  StepNotices(
      Notices notices, MissingRates missingRates, AuditTrail audit, Clock clock) {
    this.notices = notices;
    this.missingRates = missingRates;
    this.audit = audit;
    this.clock = clock;
  }

  /** The notice this step sends: its element's {@value NoticeKind#STEP_PROPERTY} property. */
  public NoticeKind kindOf(DelegateExecution execution) {
    return NoticeKind.requiredOf(execution);
  }

  /** Today as the invoice's customer sees it. */
  public LocalDate today(Invoice invoice) {
    return LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()));
  }

  /** Sends the notice this step names, stating {@code facts}. */
  public Notice send(DelegateExecution execution, Invoice invoice, NoticeFacts facts) {
    return send(invoice, kindOf(execution), facts);
  }

  public Notice send(Invoice invoice, NoticeKind kind, NoticeFacts facts) {
    Notices.Sent sent = notices.sendStating(invoice, kind, facts);
    raiseMissingRate(invoice, sent.payoff());
    return sent.notice();
  }

  /**
   * The notice went out saying that statutory interest accrues, but without its amount: a rate
   * is missing. That must not stay quiet, nor become an incident per case and notice: the missing
   * series and half-year is noted once on the operators' list of missing rates (dashboard,
   * {@code /reference-rates}), the case's trail says so, and the case itself goes on. The payoff
   * is the one the notice states, not worked out a second time.
   */
  private void raiseMissingRate(Invoice invoice, Payoff payoff) {
    if (payoff.interestPending()) {
      String why = payoff.interestNotYetKnown().getMessage();
      missingRates.noticedApart(payoff.interestNotYetKnown(), invoice.getNumber());
      audit.record(invoice.getNumber(), AuditTrail.SYSTEM, "RATE_MISSING", why);
    }
  }
}
