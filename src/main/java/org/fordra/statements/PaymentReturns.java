package org.fordra.statements;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.fordra.ledger.CreditOnAccount;
import org.fordra.ledger.CreditOnAccountRepository;
import org.fordra.ledger.Payment;
import org.fordra.ledger.PaymentRepository;
import org.springframework.stereotype.Component;

/**
 * A debit that gives back a payment booked from an earlier entry: a return (camt RtrInf/Rsn, such
 * as AC04 "closed account" or MD06 "refund requested by end customer", ISO 20022 External Return
 * Reason codes), a reversal (camt RvslInd) or a Nets reversal transaction (types 18 and 20).
 *
 * <p>The original is the booked credit of the same amount and currency with the same EndToEndId,
 * else with the same structured reference. Its payments are marked reversed (they stop counting,
 * so each invoice's balance goes back up, audited) and credit on account it left is withdrawn.
 *
 * <p>A case that is still running simply goes on with the higher balance: its next notice asks
 * for it. A case that had closed PAID is not reopened by itself: its balance is restored and the
 * audit trail says so ({@code PAYMENT_REVERSED ... the case had closed PAID}); restarting dunning
 * on a closed claim is a manager's decision (docs/api.md).
 */
@Component
class PaymentReturns {

  private final StatementEntryRepository entries;
  private final PaymentRepository payments;
  private final CreditOnAccountRepository creditsOnAccount;
  private final InvoiceAccounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  PaymentReturns(
      StatementEntryRepository entries,
      PaymentRepository payments,
      CreditOnAccountRepository creditsOnAccount,
      InvoiceAccounts accounts,
      AuditTrail audit,
      Clock clock) {
    this.entries = entries;
    this.payments = payments;
    this.creditsOnAccount = creditsOnAccount;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /** Reverses what {@code returning} gives back; false when no booked payment is found. */
  boolean reverse(StatementEntry returning) {
    Optional<StatementEntry> original = originalOf(returning);
    if (original.isEmpty()) {
      return false;
    }
    String why =
        "returned by the bank on " + returning.getBookedOn()
            + (returning.getReturnReason() == null ? "" : ", reason " + returning.getReturnReason());
    Set<String> invoiceNumbers = new LinkedHashSet<>();
    for (Payment payment : payments.bookedFrom(original.get().getId())) {
      payment.reverse(returning.getBookedOn());
      Invoice invoice = payment.getInvoice();
      invoiceNumbers.add(invoice.getNumber());
      Money balance = accounts.of(invoice).balance();
      String currency = balance.currency().getCurrencyCode();
      audit.record(
          invoice.getNumber(),
          "PAYMENT_REVERSED",
          currency + " " + payment.amount() + " (reference " + payment.getReference() + ") " + why
              + "; balance " + currency + " " + balance
              + (invoice.getStatus() == InvoiceStatus.PAID
                  ? "; the case had closed PAID and is not reopened by itself: a manager decides"
                      + " whether to chase it again"
                  : ""));
    }
    for (CreditOnAccount credit : creditsOnAccount.fromEntry(original.get().getId())) {
      if (credit.getStatus() == CreditOnAccount.Status.OPEN) {
        credit.settle(CreditOnAccount.Status.REVERSED, clock.instant(), AuditTrail.SYSTEM, why);
      }
    }
    returning.returned(original.get().getId(), new ArrayList<>(invoiceNumbers));
    return true;
  }

  private Optional<StatementEntry> originalOf(StatementEntry returning) {
    List<StatementEntry> candidates =
        entries.returnable(returning.amount().amount(), returning.amount().currency().getCurrencyCode());
    for (StatementEntry candidate : candidates) {
      if (returning.getEndToEndId() != null
          && returning.getEndToEndId().equals(candidate.getEndToEndId())) {
        return Optional.of(candidate);
      }
    }
    for (StatementEntry candidate : candidates) {
      if (!returning.structuredReferences().isEmpty()
          && returning.structuredReferences().equals(candidate.structuredReferences())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
