package org.fordra.fees;

import java.time.LocalDate;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/**
 * Until the jurisdiction rules of the fees work land, no interest is charged anywhere: charging
 * none is lawful everywhere, charging a wrong amount is not. Replaced by the statutory rules.
 */
@Component
class NoLateInterestYet implements LateInterest {

  @Override
  public Money accruedUntil(Invoice invoice, LocalDate day) {
    return Money.zero(invoice.currency());
  }
}
