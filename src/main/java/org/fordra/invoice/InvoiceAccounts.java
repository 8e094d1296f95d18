package org.fordra.invoice;

import org.fordra.fees.ChargeRepository;
import org.fordra.money.Money;
import org.fordra.payments.PaymentRepository;
import org.springframework.stereotype.Component;

/** Reads an invoice's account from its payments, charges and credits. */
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
    Money paid = Money.exact(payments.totalPaid(invoice.getId()), invoice.currency());
    return new InvoiceAccount(
        invoice,
        paid,
        charges.findByInvoiceIdOrderByIdAsc(invoice.getId()),
        credits.findByInvoiceIdOrderByIdAsc(invoice.getId()));
  }
}
