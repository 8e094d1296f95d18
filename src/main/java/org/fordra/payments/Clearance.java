package org.fordra.payments;

import java.time.LocalDate;
import java.util.Optional;
import org.fordra.invoice.EarlyPaymentDiscount;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.ledger.Payment;
import org.fordra.ledger.PaymentRepository;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/**
 * Decides whether what was paid ends the claim: paid in full, paid in full by taking the invoice's
 * early-payment discount (the discounted amount paid within the window), or the agreed settlement
 * paid.
 */
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
    if (account.isCleared() || paidWithinDiscount(invoice, account)) {
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

  /**
   * What the early-payment discount takes off a claim it cleared: the balance still shown after
   * the discounted amount was paid in time; empty when the discount did not clear it.
   */
  public Optional<Money> discountGranted(Invoice invoice) {
    InvoiceAccount account = accounts.of(invoice);
    if (account.isCleared() || !paidWithinDiscount(invoice, account)) {
      return Optional.empty();
    }
    return Optional.of(account.balance());
  }

  /** "2 % within 10 days": the principal less credits, discounted, paid by the window's last day. */
  private boolean paidWithinDiscount(Invoice invoice, InvoiceAccount account) {
    Optional<EarlyPaymentDiscount> discount = invoice.earlyPaymentDiscount();
    if (discount.isEmpty()) {
      return false;
    }
    LocalDate lastDay = discount.get().lastDay(invoice.getIssueDate());
    Money owed = discount.get().discounted(account.principal().minus(account.totalCredits()));
    Money paidInTime =
        payments.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
            .filter(p -> !p.getPaidOn().isAfter(lastDay))
            .map(Payment::amount)
            .reduce(Money.zero(invoice.currency()), Money::plus);
    return paidInTime.compareTo(owed) >= 0;
  }
}
