package org.fordra.ledger;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * Tells {@link InvoiceAccounts} that an invoice's account changed in this transaction, so the
 * next read of it goes to the database. Before the insert or delete: a charge booked and the
 * account read again in the same step must show the charge.
 */
class LedgerChanges {

  @PrePersist
  @PreUpdate
  @PreRemove
  void changed(Object entry) {
    if (entry instanceof Charge charge) {
      InvoiceAccounts.changed(charge.getInvoice());
    } else if (entry instanceof Credit credit) {
      InvoiceAccounts.changed(credit.getInvoice());
    } else if (entry instanceof Payment payment) {
      InvoiceAccounts.changed(payment.getInvoice());
    }
  }
}
