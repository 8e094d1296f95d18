package org.fordra.payments;

import java.util.Optional;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceAccount;
import org.fordra.invoice.InvoiceAccounts;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/** Decides whether what was paid ends the claim: paid in full, or the agreed settlement paid. */
@Component
public class Clearance {

  public enum Verdict {
    OPEN,
    PAID_IN_FULL,
    SETTLED
  }

  private final InvoiceAccounts accounts;
  private final PaymentRepository payments;

  Clearance(InvoiceAccounts accounts, PaymentRepository payments) {
    this.accounts = accounts;
    this.payments = payments;
  }

  public Verdict of(Invoice invoice) {
    InvoiceAccount account = accounts.of(invoice);
    if (account.isCleared()) {
      return Verdict.PAID_IN_FULL;
    }
    Optional<Money> settlement = invoice.settlementAmount();
    if (settlement.isPresent()) {
      Money paidSinceOffer =
          Money.exact(
              payments.totalPaidSince(invoice.getId(), invoice.settlementOfferedOn().orElseThrow()),
              invoice.currency());
      if (paidSinceOffer.compareTo(settlement.get()) >= 0) {
        return Verdict.SETTLED;
      }
    }
    return Verdict.OPEN;
  }
}
