package org.fordra.dunning.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.Claims;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.invoice.Invoice;
import org.fordra.payments.PaymentPlan;
import org.fordra.payments.PaymentPlanRepository;
import org.springframework.stereotype.Component;

@Component("keepPaymentPlan")
class KeepPaymentPlan implements JavaDelegate {

  private final Claims claims;
  private final PaymentPlanRepository plans;
  private final AuditTrail audit;

  KeepPaymentPlan(Claims claims, PaymentPlanRepository plans, AuditTrail audit) {
    this.claims = claims;
    this.plans = plans;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    plans.findFirstByInvoiceIdOrderByIdDesc(invoice.getId()).orElseThrow().end(PaymentPlan.Outcome.KEPT);
    execution.setVariable(CollectionsProcess.VAR_PLAN_OUTCOME, PaymentPlan.Outcome.KEPT.name());
    audit.record(invoice.getNumber(), AuditTrail.SYSTEM, "PLAN_KEPT", "Every installment was paid");
  }
}
