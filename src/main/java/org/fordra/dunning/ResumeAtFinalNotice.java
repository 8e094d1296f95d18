package org.fordra.dunning;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/** A broken payment plan: the customer had their chance, dunning resumes at the final notice. */
@Component("resumeAtFinalNotice")
class ResumeAtFinalNotice implements JavaDelegate {

  private final Claims claims;
  private final Clock clock;
  private final DunningLadder ladder;

  ResumeAtFinalNotice(Claims claims, Clock clock, DunningLadder ladder) {
    this.claims = claims;
    this.clock = clock;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    ladder.jumpTo(execution, DunningStep.FINAL_NOTICE, Date.from(clock.instant()));
    claims.changeStatus(invoice, InvoiceStatus.OPEN, "payment plan broken, final notice next");
  }
}
