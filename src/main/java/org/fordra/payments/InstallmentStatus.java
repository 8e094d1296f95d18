package org.fordra.payments;

import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/**
 * Whether an installment of an invoice's payment plan is paid: it is when the balance is no more
 * than the installments still to come, so early, late or combined payments all count.
 */
@Component
public class InstallmentStatus {

  private final InvoiceAccounts accounts;
  private final PaymentPlanRepository plans;

  InstallmentStatus(InvoiceAccounts accounts, PaymentPlanRepository plans) {
    this.accounts = accounts;
    this.plans = plans;
  }

  public boolean isPaid(Invoice invoice, int number) {
    return isPaid(invoice, plan(invoice), number);
  }

  public boolean isPaid(Invoice invoice, PaymentPlan plan, int number) {
    Money balance = accounts.of(invoice).balance();
    return balance.compareTo(plan.dueAfter(number)) <= 0;
  }

  public PaymentPlan plan(Invoice invoice) {
    return plans.findFirstByInvoiceIdOrderByIdDesc(invoice.getId()).orElseThrow();
  }
}
