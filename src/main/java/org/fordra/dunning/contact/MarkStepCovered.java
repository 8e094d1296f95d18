package org.fordra.dunning.contact;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.Claims;
import org.fordra.dunning.DunningLadder;
import org.fordra.dunning.DunningStep;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeKind;
import org.springframework.stereotype.Component;

/**
 * A step whose notice went out combined with another invoice's notice of the same level: the
 * stage is reached and the ladder moves on, without a second notice to the customer.
 */
@Component("markStepCovered")
class MarkStepCovered implements JavaDelegate {

  private final Claims claims;
  private final CombinedNotices combined;
  private final AuditTrail audit;
  private final DunningLadder ladder;

  MarkStepCovered(Claims claims, CombinedNotices combined, AuditTrail audit, DunningLadder ladder) {
    this.claims = claims;
    this.combined = combined;
    this.audit = audit;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DunningStep step = DunningLadder.next(execution);
    Invoice invoice = claims.of(execution);
    String carrier =
        combined.coveredBy(invoice, step).map(Invoice::getNumber).orElse("another invoice");
    NoticeKind.valueOf(step.name())
        .stage()
        .ifPresent(
            stage -> {
              invoice.reachStage(stage);
              audit.record(
                  invoice.getNumber(),
                  AuditTrail.SYSTEM,
                  "STAGE_REACHED",
                  stage + " (in the combined notice of invoice " + carrier + ")");
            });
    ladder.advancePast(execution, step);
  }
}
