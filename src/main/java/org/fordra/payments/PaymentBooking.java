package org.fordra.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.api.PlausibleDates;
import org.fordra.api.NotFound;
import org.fordra.api.RaceRetry;
import org.fordra.audit.AuditTrail;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.springframework.stereotype.Service;

/**
 * Books money received for an invoice and tells its case. A reference is booked once: reporting
 * it again returns the first booking. Money is never refused because a case has moved on: a
 * payment for a closed invoice is booked (and shows as an overpayment) rather than lost.
 */
@Service
public class PaymentBooking {

  public record Booking(Payment payment, boolean isNew) {}

  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final RaceRetry retry;
  private final Clock clock;

  PaymentBooking(
      InvoiceRepository invoices,
      PaymentRepository payments,
      RuntimeService runtime,
      AuditTrail audit,
      RaceRetry retry,
      Clock clock) {
    this.invoices = invoices;
    this.payments = payments;
    this.runtime = runtime;
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
    Currency currency = InvoiceRegistration.currency(request.currency(), errors);
    if (currency != null && !currency.equals(invoice.currency())) {
      errors.add(new FieldError("currency", "is " + currency.getCurrencyCode()
          + " but invoice " + invoiceNumber + " is in " + invoice.currency().getCurrencyCode()));
      currency = null;
    }
    Money amount =
        currency == null ? null : InvoiceRegistration.amount(request.amount(), currency, "amount", errors);
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
      return new Booking(earlier.get(), false);
    }
    Payment payment =
        payments.save(
            new Payment(invoice, amount, request.paidOn(), reference, clock.instant(), audit.currentActor()));
    audit.record(
        invoiceNumber,
        "PAYMENT_BOOKED",
        amount.currency().getCurrencyCode() + " " + amount + " paid on " + request.paidOn()
            + ", reference " + reference
            + (invoice.isClosed() ? " (the case was already closed " + invoice.getStatus() + ")" : ""));
    // Only the running case: never a process a diagram starts on this message.
    ((MessageCorrelationBuilderImpl)
        runtime.createMessageCorrelation(CollectionsProcess.MESSAGE_PAYMENT_RECEIVED))
        .executionsOnly()
        .processInstanceBusinessKey(invoiceNumber)
        .correlateAll();
    return new Booking(payment, true);
  }
}
