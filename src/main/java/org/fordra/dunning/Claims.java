package org.fordra.dunning;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.fordra.audit.AuditTrail;
import org.fordra.database.PerTransaction;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/** The invoice a process step works on, and its status changes, each written to the trail. */
@Component
public class Claims {

  private static final PerTransaction<String, Long> IDS_BY_NUMBER = new PerTransaction<>();

  private final InvoiceRepository invoices;
  private final AuditTrail audit;

  Claims(InvoiceRepository invoices, AuditTrail audit) {
    this.invoices = invoices;
    this.audit = audit;
  }

  /**
   * The invoice of a case is its business key, never a variable: a variable is something a
   * person could write through a task, and a case must not be pointed at another invoice.
   */
  public Invoice of(VariableScope scope) {
    String number = invoiceNumberOf(scope);
    // A step's listeners and delegate each ask for the invoice: the number is looked up once per
    // transaction, then the invoice comes from the transaction's own entities (findById), which
    // always holds what this transaction changed and never outlives it.
    Map<String, Long> ids = IDS_BY_NUMBER.values();
    Long id = ids.get(number);
    if (id != null) {
      Optional<Invoice> known = invoices.findById(id);
      if (known.isPresent()) {
        return known.get();
      }
    }
    Invoice invoice =
        invoices
            .findByNumber(number)
            .orElseThrow(() -> new IllegalStateException("no invoice " + number));
    ids.put(number, invoice.getId());
    return invoice;
  }

  /**
   * The invoice {@code number} was stored in this transaction with {@code id}: its steps find it
   * among the transaction's entities without looking the number up.
   */
  void registered(String number, Long id) {
    IDS_BY_NUMBER.values().put(number, id);
  }

  static String invoiceNumberOf(VariableScope scope) {
    DelegateExecution execution =
        scope instanceof DelegateTask task ? task.getExecution()
            : scope instanceof DelegateExecution e ? e : null;
    if (execution == null || execution.getProcessBusinessKey() == null) {
      throw new IllegalStateException("a collections step outside a case with an invoice number");
    }
    return execution.getProcessBusinessKey();
  }

  public void changeStatus(Invoice invoice, InvoiceStatus status, String why) {
    InvoiceStatus before = invoice.getStatus();
    if (before == status) {
      return;
    }
    invoice.changeStatus(status);
    audit.record(invoice.getNumber(), "STATUS_CHANGED", before + " -> " + status + ": " + why);
  }
}
