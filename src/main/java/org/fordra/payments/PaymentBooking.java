package org.fordra.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.api.PlausibleDates;
import org.fordra.api.NotFound;
import org.fordra.api.RaceRetry;
import org.fordra.api.RequestConstraints;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.CreditOnAccount;
import org.fordra.ledger.CreditOnAccountRepository;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.ledger.Payment;
import org.fordra.ledger.PaymentRepository;
import org.fordra.money.CurrencyCheck;
import org.fordra.money.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Books money received for an invoice and tells its case ({@link PaymentBooked}). A reference
 * is booked once: reporting it again returns the first booking. Money is never refused because a
 * case has moved on, and it never makes a balance negative: what exceeds the invoice's balance
 * (all of it, for a closed invoice) is kept as the customer's credit on account (CONTRACT.md,
 * "Operations"), which only a person applies or refunds.
 */
@Service
public class PaymentBooking {

  /** The payment on the invoice (what its balance took) and the surplus kept on account. */
  public record Booking(Payment payment, boolean isNew, Money onAccount) {}

  private final InvoiceRepository invoices;
  private final InvoiceAccounts accounts;
  private final PaymentRepository payments;
  private final CreditOnAccountRepository creditsOnAccount;
  private final StatedInterest statedInterest;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final RaceRetry retry;
  private final Clock clock;
  private final RequestConstraints constraints;

  PaymentBooking(
      InvoiceRepository invoices,
      InvoiceAccounts accounts,
      PaymentRepository payments,
      CreditOnAccountRepository creditsOnAccount,
      StatedInterest statedInterest,
      ApplicationEventPublisher events,
      AuditTrail audit,
      RaceRetry retry,
      Clock clock,
      RequestConstraints constraints) {
    this.constraints = constraints;
    this.invoices = invoices;
    this.accounts = accounts;
    this.payments = payments;
    this.creditsOnAccount = creditsOnAccount;
    this.statedInterest = statedInterest;
    this.events = events;
    this.audit = audit;
    this.retry = retry;
    this.clock = clock;
  }

  public Booking book(String invoiceNumber, NewPayment request) {
    return retry.inTransaction(() -> bookOnce(invoiceNumber, request));
  }

  private Booking bookOnce(String invoiceNumber, NewPayment request) {
    Invoice invoice =
        invoices.findByNumber(invoiceNumber).orElseThrow(() -> new NotFound("No invoice " + invoiceNumber));
    List<FieldError> errors = new ArrayList<>();
    String reference = request.reference() == null ? "" : request.reference().trim();
    if (reference.isEmpty() || reference.length() > 100) {
      errors.add(new FieldError("reference", "is required: the bank's or ledger's reference, at most 100 characters"));
    }
    List<FieldError> constrained = constraints.errors(request, List.of("currency", "amount"));
    Currency currency = CurrencyCheck.known(request.currency()).orElse(null);
    Money amount = null;
    if (currency != null && !currency.equals(invoice.currency())) {
      // The amount's decimals are the invoice's currency's: not checked against another one.
      errors.add(new FieldError("currency", "is " + currency.getCurrencyCode()
          + " but invoice " + invoiceNumber + " is in " + invoice.currency().getCurrencyCode()));
    } else {
      errors.addAll(constrained);
      amount = constrained.isEmpty() ? Money.exact(request.amount(), currency) : null;
    }
    LocalDate today = LocalDate.now(clock);
    if (request.paidOn() == null) {
      errors.add(new FieldError("paidOn", "is required"));
    } else if (request.paidOn().isAfter(today)) {
      errors.add(new FieldError("paidOn", "is in the future (today is " + today + ")"));
    } else {
      PlausibleDates.check("paidOn", request.paidOn(), today, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidField(errors);
    }
    Optional<Payment> earlier = payments.findByReference(reference);
    if (earlier.isPresent()) {
      if (!earlier.get().getInvoice().getId().equals(invoice.getId())) {
        throw new Conflict("Reference " + reference + " was already booked for another invoice");
      }
      return new Booking(earlier.get(), false, onAccountFrom(reference, invoice));
    }
    return receive(invoice, amount, request.paidOn(), reference, null);
  }

  /**
   * Books money received for {@code invoice} in the caller's transaction (a bank statement books
   * all its entries in one): as much as the invoice's booked balance takes, the rest as the
   * customer's credit on account. Accrued interest that is not booked is not part of that
   * balance, exactly as {@link Clearance} closes the claim on the booked balance, except the
   * interest a notice stated ({@link StatedInterest}), which is booked before a payment that
   * goes beyond the balance is applied.
   */
  public Booking receive(
      Invoice invoice, Money amount, LocalDate paidOn, String reference, Long statementEntryId) {
    Money balance = accounts.of(invoice).balance();
    Money owed = invoice.isClosed() || !balance.isPositive() ? Money.zero(amount.currency()) : balance;
    if (owed.isPositive()
        && amount.compareTo(owed) > 0
        && statedInterest.stillToCollect(invoice).isPositive()) {
      // More than the booked balance pays the interest a notice stated too: booked first, it is
      // part of what the invoice takes, and only the rest becomes credit on account.
      statedInterest.settleOnClearing(invoice);
      owed = accounts.of(invoice).balance();
    }
    Money applied = amount.compareTo(owed) <= 0 ? amount : owed;
    Money surplus = amount.minus(applied);
    Payment payment =
        new Payment(invoice, applied, paidOn, reference, clock.instant(), audit.currentActor());
    payment.bookedFrom(statementEntryId);
    payments.save(payment);
    String invoiceNumber = invoice.getNumber();
    String currency = amount.currency().getCurrencyCode();
    audit.record(
        invoiceNumber,
        "PAYMENT_BOOKED",
        currency + " " + applied + " paid on " + paidOn + ", reference " + reference
            + (surplus.isPositive() ? " (" + currency + " " + amount + " received)" : "")
            + (invoice.isClosed() ? " (the case was already closed " + invoice.getStatus() + ")" : ""));
    if (surplus.isPositive()) {
      creditsOnAccount.save(
          new CreditOnAccount(
              invoice.getCustomer(),
              surplus,
              reference,
              invoice.getId(),
              statementEntryId,
              LocalDate.now(clock),
              audit.currentActor()));
      audit.record(
          invoiceNumber,
          "CREDIT_ON_ACCOUNT",
          currency + " " + surplus + " more than the balance of " + currency + " " + owed
              + " was paid; kept as the customer's credit on account until a person applies or"
              + " refunds it");
    }
    if (applied.isPositive()) {
      // The case hears of it in this transaction (dunning's CaseMessages): both commit or neither.
      events.publishEvent(new PaymentBooked(invoiceNumber, applied, paidOn, reference));
    }
    return new Booking(payment, true, surplus);
  }

  private Money onAccountFrom(String reference, Invoice invoice) {
    return creditsOnAccount.fromSource(reference, invoice.getId()).stream()
        .map(CreditOnAccount::amount)
        .reduce(Money.zero(invoice.currency()), Money::plus);
  }
}
