package org.fordra.fees;

import org.fordra.invoice.CreditRepository;
import org.fordra.invoice.Invoice;
import org.fordra.notices.NoticeRepository;
import org.fordra.payments.PaymentRepository;
import org.springframework.stereotype.Component;

/** Reads an invoice's {@link InvoiceRecords}: four queries, in booking order. */
@Component
class InvoiceRecordsReader {

  private final ChargeRepository charges;
  private final CreditRepository credits;
  private final PaymentRepository payments;
  private final NoticeRepository notices;

  InvoiceRecordsReader(
      ChargeRepository charges,
      CreditRepository credits,
      PaymentRepository payments,
      NoticeRepository notices) {
    this.charges = charges;
    this.credits = credits;
    this.payments = payments;
    this.notices = notices;
  }

  InvoiceRecords of(Invoice invoice) {
    return new InvoiceRecords(
        charges.findByInvoiceIdOrderByIdAsc(invoice.getId()),
        credits.findByInvoiceIdOrderByIdAsc(invoice.getId()),
        payments.findByInvoiceIdOrderByIdAsc(invoice.getId()),
        notices.sentFor(invoice.getId()));
  }
}
