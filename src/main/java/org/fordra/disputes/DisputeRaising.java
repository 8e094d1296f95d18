package org.fordra.dunning;

import java.time.Clock;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.api.RaceRetry;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.springframework.stereotype.Service;

/** The customer says an invoice is wrong: record why and pause its dunning for sales to review. */
@Service
public class DisputeRaising {

  static final int MAX_REASON = 2000;

  private final InvoiceRepository invoices;
  private final DisputeRepository disputes;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final RaceRetry retry;
  private final Clock clock;

  DisputeRaising(
      InvoiceRepository invoices,
      DisputeRepository disputes,
      RuntimeService runtime,
      AuditTrail audit,
      RaceRetry retry,
      Clock clock) {
    this.invoices = invoices;
    this.disputes = disputes;
    this.runtime = runtime;
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
    try {
      // Only the running case: never a process a diagram starts on this message.
      ((MessageCorrelationBuilderImpl)
          runtime.createMessageCorrelation(CollectionsProcess.MESSAGE_DISPUTE_RAISED))
          .executionsOnly()
          .processInstanceBusinessKey(invoiceNumber)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      // Rolls the dispute back with the request: nothing is half recorded.
      throw new Conflict("The case of invoice " + invoiceNumber
          + " cannot take a dispute at this point (" + invoice.getStatus() + ")");
    }
    return dispute;
  }
}
