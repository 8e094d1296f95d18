package org.fordra.dunning;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.ledger.Credit;
import org.fordra.ledger.CreditRepository;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.fordra.payments.Clearance;
import org.fordra.payments.PaymentPlan;
import org.fordra.payments.PaymentPlanRepository;
import org.springframework.stereotype.Component;

/**
 * Closes a cleared claim: PAID, or SETTLED with the rest written off when the customer paid an
 * agreed settlement. An active payment plan is kept.
 */
@Component("closeAsPaid")
class CloseAsPaid implements JavaDelegate {

  private final Claims claims;
  private final Clearance clearance;
  private final InvoiceAccounts accounts;
  private final CreditRepository credits;
  private final PaymentPlanRepository plans;
  private final AuditTrail audit;
  private final Clock clock;

  CloseAsPaid(
      Claims claims,
      Clearance clearance,
      InvoiceAccounts accounts,
      CreditRepository credits,
      PaymentPlanRepository plans,
      AuditTrail audit,
      Clock clock) {
    this.claims = claims;
    this.clearance = clearance;
    this.accounts = accounts;
    this.credits = credits;
    this.plans = plans;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    switch (clearance.of(invoice)) {
      case PAID_IN_FULL -> {
        clearance.discountGranted(invoice).ifPresent(discount -> {
          credits.save(
              new Credit(
                  invoice,
                  CreditType.EARLY_PAYMENT_DISCOUNT,
                  discount,
                  "early-payment discount taken",
                  LocalDate.now(clock),
                  AuditTrail.SYSTEM));
          audit.record(
              invoice.getNumber(),
              AuditTrail.SYSTEM,
              "CREDITED",
              "EARLY_PAYMENT_DISCOUNT " + discount.currency().getCurrencyCode() + " " + discount
                  + ": the discounted amount was paid within the discount window");
        });
        claims.changeStatus(invoice, InvoiceStatus.PAID, "paid in full");
      }
      case SETTLED -> {
        Money rest = accounts.of(invoice).balance();
        credits.save(
            new Credit(
                invoice,
                CreditType.SETTLEMENT_DISCOUNT,
                rest,
                "settlement of " + invoice.settlementAmount().orElseThrow() + " paid",
                LocalDate.now(clock),
                AuditTrail.SYSTEM));
        audit.record(
            invoice.getNumber(),
            AuditTrail.SYSTEM,
            "CREDITED",
            "SETTLEMENT_DISCOUNT " + rest.currency().getCurrencyCode() + " " + rest
                + ": the rest is written off after the settlement was paid");
        claims.changeStatus(invoice, InvoiceStatus.SETTLED, "agreed settlement paid");
      }
      case OPEN -> throw new IllegalStateException(
          "invoice " + invoice.getNumber() + " is not cleared; it cannot be closed as paid");
    }
    plans
        .findFirstByInvoiceIdOrderByIdDesc(invoice.getId())
        .filter(plan -> plan.getOutcome() == PaymentPlan.Outcome.ACTIVE)
        .ifPresent(plan -> plan.end(PaymentPlan.Outcome.KEPT));
  }
}
