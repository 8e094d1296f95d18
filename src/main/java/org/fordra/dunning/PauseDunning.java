package org.fordra.dunning;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/** A dispute stops every notice and call until sales has looked at it. */
@Component("pauseDunning")
class PauseDunning implements JavaDelegate {

  private final Claims claims;
  private final Clock clock;

  PauseDunning(Claims claims, Clock clock) {
    this.claims = claims;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    execution.setVariable(CollectionsProcess.VAR_PAUSED_AT, Date.from(clock.instant()));
    claims.changeStatus(invoice, InvoiceStatus.DISPUTED, "dispute raised; dunning paused");
  }
}
