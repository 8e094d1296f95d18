package org.fordra.dunning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.fordra.fees.FeeOccasion;
import org.fordra.fees.StepCharges;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeKind;
import org.springframework.stereotype.Component;

/**
 * Books the charges that arise at a dunning step ({@link StepCharges}), before the step's notice
 * goes out so the notice shows them. Attached in the BPMN as a start listener
 * ({@code ${bookCharges}}) on the send tasks and the agency handover. The step is the task's
 * {@code noticeKind} property (REMINDER_1, ...), or the handover.
 */
@Component("bookCharges")
class BookCharges implements ExecutionListener {

  static final String HANDOVER_ACTIVITY = "HandOverToAgency";

  private final Claims claims;
  private final StepCharges charges;
  private final PaymentDeadlines deadlines;
  private final Clock clock;

  BookCharges(Claims claims, StepCharges charges, PaymentDeadlines deadlines, Clock clock) {
    this.claims = claims;
    this.charges = charges;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Optional<FeeOccasion> occasion = occasionOf(execution);
    if (occasion.isEmpty()) {
      return;
    }
    Invoice invoice = claims.of(execution);
    LocalDate today = LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()));
    // The deadline the notice about to go out will print: Norwegian fees depend on it.
    Optional<LocalDate> deadline =
        occasion.get().isWrittenReminder()
            ? deadlines.lastDayToPay(
                NoticeKind.valueOf(occasion.get().name()), execution, invoice, today)
            : Optional.empty();
    charges.bookAt(invoice, occasion.get(), today, deadline);
  }

  private static Optional<FeeOccasion> occasionOf(DelegateExecution execution) {
    if (HANDOVER_ACTIVITY.equals(execution.getCurrentActivityId())) {
      return Optional.of(FeeOccasion.AGENCY_HANDOVER);
    }
    Optional<NoticeKind> kind = NoticeKind.ofStep(execution);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    for (FeeOccasion occasion : FeeOccasion.values()) {
      if (occasion.name().equals(kind.get().name())) {
        return Optional.of(occasion);
      }
    }
    return Optional.empty();
  }
}
