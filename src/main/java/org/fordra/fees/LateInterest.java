package org.fordra.fees;

import java.time.LocalDate;
import java.util.Optional;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/** Late-payment interest accrued on an invoice and not yet booked as a charge, up to a day. */
public interface LateInterest {

  Money accruedUntil(Invoice invoice, LocalDate day);

  /**
   * The same interest as a charge line (amount, law, period, rates), or none where no interest
   * has accrued. Never throws {@link MissingReferenceRate}: the line is then
   * {@link InterestLine#isPending() pending}.
   */
  Optional<InterestLine> lineUntil(Invoice invoice, LocalDate day);
}
