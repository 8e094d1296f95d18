package org.fordra.fees;

import java.time.LocalDate;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/** Late-payment interest accrued on an invoice and not yet booked as a charge, up to a day. */
public interface LateInterest {

  Money accruedUntil(Invoice invoice, LocalDate day);
}
