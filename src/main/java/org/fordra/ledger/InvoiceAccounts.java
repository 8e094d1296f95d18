package org.fordra.ledger;

import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * The one reader of an invoice's account: its charges, credits and payments, in booking order,
 * three queries. Everything that computes on an invoice's money (the invoice page, a payoff, the
 * claim's facts, a task's briefing) starts here.
 */
@Component
public class InvoiceAccounts {

  private final PaymentRepository payments;
  private final ChargeRepository charges;
  private final CreditRepository credits;

  InvoiceAccounts(PaymentRepository payments, ChargeRepository charges, CreditRepository credits) {
    this.payments = payments;
    this.charges = charges;
    this.credits = credits;
  }

  public InvoiceAccount of(Invoice invoice) {
    return new InvoiceAccount(
        invoice,
        charges.findByInvoiceIdOrderByIdAsc(invoice.getId()),
        credits.findByInvoiceIdOrderByIdAsc(invoice.getId()),
        payments.findByInvoiceIdOrderByIdAsc(invoice.getId()));
  }
}
