package org.fordra.dunning;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/**
 * The dispute is closed and something is still owed: dunning picks up at the step it had reached,
 * with the remaining dates moved by the length of the pause so the customer keeps the same spacing.
 */
@Component("resumeDunning")
class ResumeDunning implements JavaDelegate {

  private final Claims claims;
  private final Clock clock;
  private final DunningLadder ladder;

  ResumeDunning(Claims claims, Clock clock, DunningLadder ladder) {
    this.claims = claims;
    this.clock = clock;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    Date pausedAt = (Date) execution.getVariable(CollectionsProcess.VAR_PAUSED_AT);
    Duration pause = Duration.between(pausedAt.toInstant(), clock.instant());
    ladder.shiftRemaining(execution, pause.isNegative() ? Duration.ZERO : pause);
    claims.changeStatus(
        invoice,
        InvoiceStatus.OPEN,
        "dispute closed; dunning resumes at " + DunningLadder.next(execution));
  }
}
