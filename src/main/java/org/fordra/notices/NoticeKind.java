package org.fordra.notices;

import java.util.Optional;
import org.fordra.invoice.DunningStage;

/** Every letter or e-mail Fordra sends; each has a template per language. */
public enum NoticeKind {
  PRE_DUE_REMINDER(DunningStage.PRE_DUE_REMINDER),
  DUE_NOTICE(DunningStage.DUE_NOTICE),
  REMINDER_1(DunningStage.REMINDER_1),
  REMINDER_2(DunningStage.REMINDER_2),
  FINAL_NOTICE(DunningStage.FINAL_NOTICE),
  PAYMENT_PLAN_CONFIRMATION(null),
  MISSED_INSTALLMENT(null),
  BROKEN_PROMISE(null),
  SETTLEMENT_OFFER(null),
  AGENCY_HANDOVER(null),
  PAID_RECEIPT(null),
  /**
   * Pre-Action Protocol for Debt Claims (England & Wales), para 3: the Letter of Claim to an
   * individual or sole trader before the claim goes to an agency or court, with the Information
   * Sheet, Reply Form and Financial Statement as annexes; 30 days to reply.
   */
  LETTER_OF_CLAIM(null);

  private final DunningStage stage;

  NoticeKind(DunningStage stage) {
    this.stage = stage;
  }

  /** The dunning stage this notice marks, for the steps of the ladder itself. */
  public Optional<DunningStage> stage() {
    return Optional.ofNullable(stage);
  }

  /** The kind in kebab case, as outbox file names carry it: {@code reminder-1}. */
  public String templateName() {
    return name().toLowerCase().replace('_', '-');
  }
}
