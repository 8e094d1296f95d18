package org.fordra.statements;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * A person matched the payment: booked to the invoices they named, oldest due first, exactly as
 * an entry matched at once (the surplus to credit on account; each invoice's case is told).
 */
@Component("bookMatchedPayment")
class BookMatchedPayment implements JavaDelegate {

  private final UnmatchedEntries unmatched;
  private final PaymentHolds holds;
  private final StatementImport statementImport;
  private final AuditTrail audit;

  BookMatchedPayment(
      UnmatchedEntries unmatched,
      PaymentHolds holds,
      StatementImport statementImport,
      AuditTrail audit) {
    this.unmatched = unmatched;
    this.holds = holds;
    this.statementImport = statementImport;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StatementEntry entry = unmatched.of(execution);
    var invoices = unmatched.named(execution, entry);
    statementImport.bookTo(entry, invoices);
    String notes = Resolutions.notes(execution);
    String by = Resolutions.by(execution);
    entry.resolve(StatementEntry.Resolution.BOOK, notes, by);
    holds.release(
        entry, "booked to " + String.join(", ", invoices.stream().map(Invoice::getNumber).toList()));
    for (Invoice invoice : invoices) {
      audit.record(
          invoice.getNumber(),
          by,
          "PAYMENT_MATCHED",
          "bank entry " + entry.getId() + " (" + entry.amount().currency().getCurrencyCode() + " "
              + entry.amount() + " from " + entry.getPayer() + ") matched by hand"
              + (notes.isEmpty() ? "" : ". Notes: " + notes));
    }
  }
}
