package org.fordra.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.api.RaceRetry;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.ledger.CreditOnAccount;
import org.fordra.ledger.CreditOnAccountRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's credit on account, and the two things only a person does with it: apply it to an
 * invoice of the same customer and currency (booked there as a payment, which tells the case; what
 * that invoice does not owe stays on account), or record that it was refunded.
 */
@RestController
class CreditOnAccountController {

  record CreditView(
      Long id, String currency, String amount, String source, LocalDate createdOn,
      CreditOnAccount.Status status, String note) {

    static CreditView of(CreditOnAccount c) {
      return new CreditView(
          c.getId(), c.amount().currency().getCurrencyCode(), c.amount().toString(), c.getSource(),
          c.getCreatedOn(), c.getStatus(), c.getNote());
    }
  }

  record Application(String invoiceNumber, String notes) {}

  record Refund(String notes) {}

  private final CreditOnAccountRepository credits;
  private final InvoiceRepository invoices;
  private final PaymentBooking booking;
  private final AuditTrail audit;
  private final RaceRetry retry;
  private final Clock clock;

  CreditOnAccountController(
      CreditOnAccountRepository credits,
      InvoiceRepository invoices,
      PaymentBooking booking,
      AuditTrail audit,
      RaceRetry retry,
      Clock clock) {
    this.credits = credits;
    this.invoices = invoices;
    this.booking = booking;
    this.audit = audit;
    this.retry = retry;
    this.clock = clock;
  }

  @GetMapping("/api/customers/{id}/credits-on-account")
  @Transactional(readOnly = true)
  @ApiFor(Staff.ANY_STAFF)
  List<CreditView> held(@PathVariable long id) {
    return credits.heldFor(id).stream().map(CreditView::of).toList();
  }

  @PostMapping("/api/credits-on-account/{id}/application")
  @ApiFor(Staff.BOOKKEEPING)
  CreditView apply(@PathVariable long id, @RequestBody Application request) {
    return retry.inTransaction(() -> {
      CreditOnAccount credit = open(id);
      if (request.invoiceNumber() == null || request.invoiceNumber().isBlank()) {
        throw new InvalidField("invoiceNumber", "is required: the invoice the credit pays");
      }
      Invoice invoice =
          invoices.findByNumber(request.invoiceNumber().trim())
              .orElseThrow(() -> new InvalidField("invoiceNumber", "there is no invoice " + request.invoiceNumber()));
      if (!invoice.getCustomer().getId().equals(credit.getCustomer().getId())) {
        throw new InvalidField("invoiceNumber", "invoice " + invoice.getNumber() + " is another customer's");
      }
      if (!invoice.currency().equals(credit.amount().currency())) {
        throw new InvalidField("invoiceNumber", "invoice " + invoice.getNumber() + " is in "
            + invoice.currency().getCurrencyCode() + ", the credit in " + credit.amount().currency().getCurrencyCode());
      }
      String notes = request.notes() == null ? "" : request.notes().trim();
      credit.settle(CreditOnAccount.Status.APPLIED, clock.instant(), audit.currentActor(),
          "applied to " + invoice.getNumber() + (notes.isEmpty() ? "" : ": " + notes));
      booking.receive(invoice, credit.amount(), LocalDate.now(clock), "CREDIT-" + credit.getId(), null);
      return CreditView.of(credit);
    });
  }

  @PostMapping("/api/credits-on-account/{id}/refund")
  @ApiFor(Staff.BOOKKEEPING)
  CreditView refund(@PathVariable long id, @RequestBody(required = false) Refund request) {
    return retry.inTransaction(() -> {
      CreditOnAccount credit = open(id);
      String notes = request == null || request.notes() == null ? "" : request.notes().trim();
      credit.settle(CreditOnAccount.Status.REFUNDED, clock.instant(), audit.currentActor(),
          "refunded" + (notes.isEmpty() ? "" : ": " + notes));
      if (credit.getInvoiceId() != null) {
        invoices.findById(credit.getInvoiceId()).ifPresent(invoice ->
            audit.record(invoice.getNumber(), "CREDIT_REFUNDED",
                credit.amount().currency().getCurrencyCode() + " " + credit.amount()
                    + " of credit on account refunded" + (notes.isEmpty() ? "" : ": " + notes)));
      }
      return CreditView.of(credit);
    });
  }

  private CreditOnAccount open(long id) {
    CreditOnAccount credit =
        credits.findById(id).orElseThrow(() -> new NotFound("No credit on account " + id));
    if (credit.getStatus() != CreditOnAccount.Status.OPEN) {
      throw new Conflict("Credit on account " + id + " is already " + credit.getStatus());
    }
    return credit;
  }
}
