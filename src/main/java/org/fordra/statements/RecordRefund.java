package org.fordra.statements;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A person decided the money goes back to the payer. Fordra pays nothing out itself: the entry
 * records the decision (resolution REFUND, with the notes and who decided), which is what
 * accounting pays the refund from; the entry stays UNMATCHED, as no invoice was paid.
 */
@Component("recordRefund")
class RecordRefund implements JavaDelegate {

  private final UnmatchedEntries unmatched;
  private final PaymentHolds holds;

  RecordRefund(UnmatchedEntries unmatched, PaymentHolds holds) {
    this.unmatched = unmatched;
    this.holds = holds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StatementEntry entry = unmatched.of(execution);
    entry.resolve(
        StatementEntry.Resolution.REFUND, Resolutions.notes(execution), Resolutions.by(execution));
    holds.release(entry, "to be refunded");
  }
}
