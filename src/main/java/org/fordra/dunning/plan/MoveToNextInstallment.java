package org.fordra.dunning.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.dunning.Claims;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.ContactHours;
import org.fordra.invoice.Invoice;
import org.fordra.payments.PaymentPlan;
import org.fordra.payments.PaymentPlanRepository;
import org.springframework.stereotype.Component;

@Component("moveToNextInstallment")
class MoveToNextInstallment implements JavaDelegate {

  private final Claims claims;
  private final PaymentPlanRepository plans;
  private final ContactHours contactHours;

  MoveToNextInstallment(Claims claims, PaymentPlanRepository plans, ContactHours contactHours) {
    this.claims = claims;
    this.plans = plans;
    this.contactHours = contactHours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    PaymentPlan plan = plans.findFirstByInvoiceIdOrderByIdDesc(invoice.getId()).orElseThrow();
    int next = ((Number) execution.getVariable(CollectionsProcess.VAR_INSTALLMENT_NUMBER)).intValue() + 1;
    execution.setVariable(CollectionsProcess.VAR_INSTALLMENT_NUMBER, next);
    execution.setVariable(
        CollectionsProcess.VAR_INSTALLMENT_DUE_AT,
        InstallmentCheck.checkDate(plan, next, contactHours, invoice.getCustomer().timeZone()));
    execution.removeVariable(CollectionsProcess.VAR_GRACE_ENDS_AT);
  }
}
