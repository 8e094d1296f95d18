package org.fordra.disputes;

import java.time.Clock;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.api.RaceRetry;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The customer says an invoice is wrong: record why and tell the case ({@link DisputeRaised}), whose
 * listener pauses dunning for sales to review, in the same transaction: a case that cannot take the
 * dispute refuses it (409) and nothing is recorded.
 */
@Service
public class DisputeRaising {

  static final int MAX_REASON = 2000;

  private final InvoiceRepository invoices;
  private final DisputeRepository disputes;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final RaceRetry retry;
  private final Clock clock;

  DisputeRaising(
      InvoiceRepository invoices,
      DisputeRepository disputes,
      ApplicationEventPublisher events,
      AuditTrail audit,
      RaceRetry retry,
      Clock clock) {
    this.invoices = invoices;
    this.disputes = disputes;
    this.events = events;
    this.audit = audit;
    this.retry = retry;
    this.clock = clock;
  }

  public Dispute raise(String invoiceNumber, String reason) {
    return retry.inTransaction(() -> raiseOnce(invoiceNumber, reason));
  }

  private Dispute raiseOnce(String invoiceNumber, String reason) {
    Invoice invoice =
        invoices.findByNumber(invoiceNumber).orElseThrow(() -> new NotFound("No invoice " + invoiceNumber));
    String why = reason == null ? "" : reason.trim();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw new InvalidField("reason", "is required: what the customer says is wrong, at most "
          + MAX_REASON + " characters");
    }
    if (invoice.isClosed()) {
      throw new Conflict("Invoice " + invoiceNumber + " is " + invoice.getStatus()
          + ": its case is closed and cannot be disputed");
    }
    if (disputes.findFirstByInvoiceIdAndResolutionIsNullOrderByIdDesc(invoice.getId()).isPresent()) {
      throw new Conflict("Invoice " + invoiceNumber + " already has a dispute under review");
    }
    String actor = audit.currentActor();
    Dispute dispute = disputes.save(new Dispute(invoice, why, clock.instant(), actor));
    audit.record(invoiceNumber, "DISPUTE_RAISED", why);
    events.publishEvent(new DisputeRaised(invoiceNumber, dispute.getId()));
    return dispute;
  }
}
