package org.fordra.dunning;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.payments.PaymentPlan;
import org.fordra.payments.PaymentPlanRepository;
import org.springframework.stereotype.Component;

/** A dispute stops every notice and call until sales has looked at it. */
@Component("pauseDunning")
class PauseDunning implements JavaDelegate {

  private final Claims claims;
  private final PaymentPlanRepository plans;
  private final AuditTrail audit;
  private final Clock clock;

  PauseDunning(Claims claims, PaymentPlanRepository plans, AuditTrail audit, Clock clock) {
    this.claims = claims;
    this.plans = plans;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    execution.setVariable(CollectionsProcess.VAR_PAUSED_AT, Date.from(clock.instant()));
    plans
        .findFirstByInvoiceIdOrderByIdDesc(invoice.getId())
        .filter(plan -> plan.getOutcome() == PaymentPlan.Outcome.ACTIVE)
        .ifPresent(
            plan -> {
              plan.end(PaymentPlan.Outcome.INTERRUPTED);
              audit.record(
                  invoice.getNumber(),
                  AuditTrail.SYSTEM,
                  "PLAN_INTERRUPTED",
                  "The payment plan stops while the dispute is reviewed");
            });
    claims.changeStatus(invoice, InvoiceStatus.DISPUTED, "dispute raised; dunning paused");
  }
}
