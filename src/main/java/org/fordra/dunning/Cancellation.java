package org.fordra.dunning;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.audit.AuditTrail;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The books cancel an invoice (POST /api/invoices/{number}/cancellation, or a credit row for the
 * whole balance): what is owed is credited as a cancellation, as an upheld dispute does
 * ({@link CancelInvoice}), and the case ends {@code CANCELLED}. The running {@code collections}
 * instance is deleted with the reason, its custom listeners skipped: nothing of the ladder (a
 * notice, a charge) may still happen for a cancelled invoice.
 */
@Component
public class Cancellation {

  private final InvoiceRepository invoices;
  private final Claims claims;
  private final Credits credits;
  private final RuntimeService runtime;
  private final AuditTrail audit;

  Cancellation(
      InvoiceRepository invoices,
      Claims claims,
      Credits credits,
      RuntimeService runtime,
      AuditTrail audit) {
    this.invoices = invoices;
    this.claims = claims;
    this.credits = credits;
    this.runtime = runtime;
    this.audit = audit;
  }

  /** The API's cancellation: 404 for no such invoice, 409 for a closed one, in one transaction. */
  @Transactional
  public Invoice cancel(String number, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidField("reason", "is required: why the books cancel the invoice");
    }
    if (reason.length() > 1000) {
      throw new InvalidField("reason", "is longer than 1000 characters");
    }
    Invoice invoice =
        invoices.findByNumber(number).orElseThrow(() -> new NotFound("No invoice " + number));
    if (invoice.isClosed()) {
      throw new Conflict(
          "Invoice " + number + " is already " + invoice.getStatus() + "; it cannot be cancelled");
    }
    end(invoice, reason.strip());
    return invoice;
  }

  /** Cancels an open invoice: the caller has checked it is open, and holds the transaction. */
  public void end(Invoice invoice, String reason) {
    credits.creditBalance(invoice, CreditType.CANCELLATION, "cancelled by the books: " + reason);
    claims.changeStatus(invoice, InvoiceStatus.CANCELLED, "cancelled by the books: " + reason);
    for (ProcessInstance instance :
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(CollectionsProcess.PROCESS_KEY)
            .processInstanceBusinessKey(invoice.getNumber())
            .list()) {
      // skipCustomListeners, externallyTerminated: the case ends here, nothing else runs.
      runtime.deleteProcessInstance(
          instance.getId(), "invoice cancelled by the books: " + reason, true, true);
    }
    audit.record(invoice.getNumber(), "CASE_ENDED", "Collections case ended: " + reason);
  }
}
