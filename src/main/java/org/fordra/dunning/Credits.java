package org.fordra.dunning;

import java.time.Clock;
import java.time.LocalDate;
import org.fordra.audit.AuditTrail;
import org.fordra.ledger.Credit;
import org.fordra.ledger.CreditRepository;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/** Takes amounts off a claim: credit notes, cancellations, write-offs, settlement discounts. */
@Component
class Credits {

  private final CreditRepository credits;
  private final InvoiceAccounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  Credits(CreditRepository credits, InvoiceAccounts accounts, AuditTrail audit, Clock clock) {
    this.credits = credits;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  void credit(Invoice invoice, CreditType type, Money amount, String reason) {
    credits.save(new Credit(invoice, type, amount, reason, LocalDate.now(clock), audit.currentActor()));
    audit.record(
        invoice.getNumber(),
        "CREDITED",
        type + " " + amount.currency().getCurrencyCode() + " " + amount + ": " + reason);
  }

  /** Credits whatever is still owed, if anything: the claim ends at zero. */
  void creditBalance(Invoice invoice, CreditType type, String reason) {
    Money balance = accounts.of(invoice).balance();
    if (balance.isPositive()) {
      credit(invoice, type, balance, reason);
    }
  }
}
