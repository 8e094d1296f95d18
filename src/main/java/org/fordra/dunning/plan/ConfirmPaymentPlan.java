package org.fordra.dunning.plan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.dunning.Claims;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.StepNotices;
import org.fordra.payments.PaymentPlan;
import org.fordra.payments.PaymentPlanRepository;
import org.springframework.stereotype.Component;

/** Confirms the agreed payment plan to the customer: every installment with its date. */
@Component("confirmPaymentPlan")
class ConfirmPaymentPlan implements JavaDelegate {

  private final Claims claims;
  private final StepNotices notices;
  private final PaymentPlanRepository plans;

  ConfirmPaymentPlan(Claims claims, StepNotices notices, PaymentPlanRepository plans) {
    this.claims = claims;
    this.notices = notices;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    PaymentPlan plan = plans.findFirstByInvoiceIdOrderByIdDesc(invoice.getId()).orElseThrow();
    List<NoticeFacts.InstallmentLine> lines =
        plan.getInstallments().stream()
            .map(i -> new NoticeFacts.InstallmentLine(i.getNumber(), i.getDueDate(), i.amount()))
            .toList();
    notices.send(execution, invoice, new NoticeFacts(lines.get(0).dueDate(), null, lines));
  }
}
