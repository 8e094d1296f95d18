package org.fordra.dunning;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The invoice a process step works on, and its status changes, each written to the trail. */
@Component
public class Claims {

  private static final String IDS_BY_NUMBER = Claims.class.getName() + ".idsByNumber";

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
    Map<String, Long> ids = idsInThisTransaction();
    Long id = ids == null ? null : ids.get(number);
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
    if (ids != null) {
      ids.put(number, invoice.getId());
    }
    return invoice;
  }

  /** The invoice ids looked up by number in the current transaction; null outside one. */
  @SuppressWarnings("unchecked")
  private static Map<String, Long> idsInThisTransaction() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    var ids = (Map<String, Long>) TransactionSynchronizationManager.getResource(IDS_BY_NUMBER);
    if (ids == null) {
      ids = new HashMap<>();
      TransactionSynchronizationManager.bindResource(IDS_BY_NUMBER, ids);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(IDS_BY_NUMBER);
            }
          });
    }
    return ids;
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
