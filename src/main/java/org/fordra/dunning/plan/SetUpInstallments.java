package org.fordra.dunning.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.Claims;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.ContactHours;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.fordra.payments.PaymentPlan;
import org.fordra.payments.PaymentPlanRepository;
import org.springframework.stereotype.Component;

/** Turns the agreed number of installments into dated amounts; the first falls due in a month. */
@Component("setUpInstallments")
class SetUpInstallments implements JavaDelegate {

  private final Claims claims;
  private final InvoiceAccounts accounts;
  private final PaymentPlanRepository plans;
  private final ContactHours contactHours;
  private final AuditTrail audit;

  SetUpInstallments(
      Claims claims,
      InvoiceAccounts accounts,
      PaymentPlanRepository plans,
      ContactHours contactHours,
      AuditTrail audit) {
    this.claims = claims;
    this.accounts = accounts;
    this.plans = plans;
    this.contactHours = contactHours;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    ZoneId zone = invoice.getCustomer().timeZone();
    int count = ((Number) execution.getVariable(CollectionsProcess.VAR_PLAN_INSTALLMENTS)).intValue();
    LocalDate today = contactHours.today(zone);
    Money balance = accounts.of(invoice).balance();
    PaymentPlan plan = plans.save(PaymentPlan.split(invoice, today, balance, count, today.plusMonths(1)));
    execution.setVariable(CollectionsProcess.VAR_INSTALLMENT_NUMBER, 1);
    execution.setVariable(CollectionsProcess.VAR_INSTALLMENT_COUNT, count);
    execution.setVariable(
        CollectionsProcess.VAR_INSTALLMENT_DUE_AT, InstallmentCheck.checkDate(plan, 1, contactHours, zone));
    execution.setVariable(CollectionsProcess.VAR_PLAN_OUTCOME, PaymentPlan.Outcome.ACTIVE.name());
    claims.changeStatus(invoice, InvoiceStatus.IN_PAYMENT_PLAN, count + " monthly installments agreed");
    audit.record(
        invoice.getNumber(),
        AuditTrail.SYSTEM,
        "PLAN_AGREED",
        count + " installments of about " + plan.installment(1).amount() + " "
            + balance.currency().getCurrencyCode() + ", the first due " + plan.installment(1).getDueDate());
  }
}
