package org.fordra.dunning.plan;

import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.Claims;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.ContactHours;
import org.fordra.dunning.DunningLadder;
import org.fordra.invoice.Invoice;
import org.fordra.payments.InstallmentStatus;
import org.fordra.payments.PaymentPlan;
import org.springframework.stereotype.Component;

/** Is the current installment paid ({@link InstallmentStatus})? If not, the grace period starts. */
@Component("checkInstallment")
class InstallmentCheck implements JavaDelegate {

  private final Claims claims;
  private final InstallmentStatus installments;
  private final ContactHours contactHours;
  private final AuditTrail audit;
  private final DunningLadder ladder;

  InstallmentCheck(
      Claims claims, InstallmentStatus installments, ContactHours contactHours, AuditTrail audit,
      DunningLadder ladder) {
    this.claims = claims;
    this.installments = installments;
    this.contactHours = contactHours;
    this.audit = audit;
    this.ladder = ladder;
  }

  /** An installment is checked the morning after its due date. */
  static Date checkDate(PaymentPlan plan, int number, ContactHours hours, ZoneId zone) {
    return hours.on(plan.installment(number).getDueDate().plusDays(1), zone);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    PaymentPlan plan = installments.plan(invoice);
    int number = ((Number) execution.getVariable(CollectionsProcess.VAR_INSTALLMENT_NUMBER)).intValue();
    boolean paid = installments.isPaid(invoice, plan, number);
    execution.setVariable(CollectionsProcess.VAR_INSTALLMENT_PAID, paid);
    boolean firstLook = execution.getVariable(CollectionsProcess.VAR_GRACE_ENDS_AT) == null;
    if (!paid && firstLook) {
      int grace = ladder.days(execution, CollectionsProcess.VAR_MISSED_INSTALLMENT_GRACE_DAYS);
      execution.setVariable(
          CollectionsProcess.VAR_GRACE_ENDS_AT,
          contactHours.daysFromToday(grace + 1, invoice.getCustomer().timeZone()));
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "INSTALLMENT_MISSED",
          "Installment " + number + " of " + plan.getInstallments().size() + " due "
              + plan.installment(number).getDueDate() + " is unpaid; " + grace + " days' grace");
    }
  }
}
