package org.fordra.dunning.plan;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.Claims;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.PaymentDeadlines;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeFacts;
import org.fordra.notices.StepNotices;
import org.fordra.payments.InstallmentStatus;
import org.springframework.stereotype.Component;

/**
 * Reminds the customer of a missed installment: pay it before the plan's grace ends. A customer
 * who paid it while the reminder waited for their contact days and hours gets none (the plan's
 * grace check then finds it paid).
 */
@Component("remindMissedInstallment")
class RemindMissedInstallment implements JavaDelegate {

  private final Claims claims;
  private final StepNotices notices;
  private final PaymentDeadlines deadlines;
  private final InstallmentStatus installments;
  private final AuditTrail audit;

  RemindMissedInstallment(
      Claims claims,
      StepNotices notices,
      PaymentDeadlines deadlines,
      InstallmentStatus installments,
      AuditTrail audit) {
    this.claims = claims;
    this.notices = notices;
    this.deadlines = deadlines;
    this.installments = installments;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    int number =
        ((Number) execution.getVariable(CollectionsProcess.VAR_INSTALLMENT_NUMBER)).intValue();
    if (installments.isPaid(invoice, number)) {
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "NOTICE_NOT_SENT",
          "MISSED_INSTALLMENT: installment " + number
              + " was paid while the reminder waited for the customer's contact hours");
      return;
    }
    Date graceEnds = (Date) execution.getVariable(CollectionsProcess.VAR_GRACE_ENDS_AT);
    notices.send(execution, invoice, NoticeFacts.payBy(deadlines.dayBefore(graceEnds, invoice)));
  }
}
