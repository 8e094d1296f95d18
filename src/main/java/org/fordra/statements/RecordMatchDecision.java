package org.fordra.statements;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * Checks a MatchPayment outcome before the task completes, as the call outcome is checked: a
 * missing or unknown {@code matchAction}, or BOOK / ON_ACCOUNT without invoices Fordra has in the
 * payment's currency of one customer, refuses the completion with a message naming the field
 * (Tasklist shows it; the task stays open and nothing changes). Keeps one form of the numbers.
 */
@Component("recordMatchDecision")
class RecordMatchDecision implements TaskListener {

  private final UnmatchedEntries unmatched;

  RecordMatchDecision(UnmatchedEntries unmatched) {
    this.unmatched = unmatched;
  }

  @Override
  public void notify(DelegateTask task) {
    StatementEntry.Resolution action = action(task.getVariable(UnmatchedPaymentProcess.VAR_MATCH_ACTION));
    task.setVariable(UnmatchedPaymentProcess.VAR_MATCH_ACTION, action.name());
    StatementEntry entry = unmatched.of(task);
    if (entry.getResolution() != null) {
      throw new BadUserRequestException("The payment was already resolved: " + entry.getResolution());
    }
    if (action != StatementEntry.Resolution.REFUND) {
      List<Invoice> invoices = unmatched.named(task, entry);
      task.setVariable(
          UnmatchedPaymentProcess.VAR_MATCH_INVOICE_NUMBERS,
          String.join(",", invoices.stream().map(Invoice::getNumber).toList()));
    }
    Object notes = task.getVariable(UnmatchedPaymentProcess.VAR_MATCH_NOTES);
    if (notes != null && notes.toString().length() > 2000) {
      throw new BadUserRequestException(UnmatchedPaymentProcess.VAR_MATCH_NOTES + ": at most 2000 characters");
    }
  }

  static StatementEntry.Resolution action(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(UnmatchedPaymentProcess.VAR_MATCH_ACTION + ": is required");
    }
    try {
      return StatementEntry.Resolution.valueOf(value.toString().trim());
    } catch (IllegalArgumentException unknown) {
      throw new BadUserRequestException(
          UnmatchedPaymentProcess.VAR_MATCH_ACTION + ": '" + value + "' is not one of BOOK, REFUND, ON_ACCOUNT");
    }
  }
}
