package org.fordra.dunning;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.fordra.api.Conflict;
import org.fordra.disputes.DisputeRaised;
import org.fordra.payments.PaymentBooked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an invoice's running case what happened to it elsewhere, as the contract's messages.
 * Plain (synchronous) listeners on purpose: the correlation runs in the publisher's transaction,
 * so a booked payment or a recorded dispute and the case moving on commit together or not at all.
 * Only running cases are correlated: never a process a diagram starts on these messages.
 */
@Component
class CaseMessages {

  private final RuntimeService runtime;

  CaseMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** {@code PaymentReceived}: the case checks whether the balance is cleared. */
  @EventListener
  void on(PaymentBooked payment) {
    toRunningCase(CollectionsProcess.MESSAGE_PAYMENT_RECEIVED, payment.invoiceNumber())
        .correlateAll();
  }

  /** {@code DisputeRaised}: dunning pauses for sales; a case that cannot take it refuses (409). */
  @EventListener
  void on(DisputeRaised dispute) {
    try {
      toRunningCase(CollectionsProcess.MESSAGE_DISPUTE_RAISED, dispute.invoiceNumber())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      // Rolls the dispute back with the request: nothing is half recorded.
      throw new Conflict("The case of invoice " + dispute.invoiceNumber()
          + " cannot take a dispute at this point");
    }
  }

  private MessageCorrelationBuilder toRunningCase(String message, String invoiceNumber) {
    return ((MessageCorrelationBuilderImpl) runtime.createMessageCorrelation(message))
        .executionsOnly()
        .processInstanceBusinessKey(invoiceNumber);
  }
}
