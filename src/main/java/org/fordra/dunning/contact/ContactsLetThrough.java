package org.fordra.dunning.contact;

import java.util.ArrayList;
import java.util.List;
import org.fordra.notices.NoticeOnRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ladder contacts the gate let through in the current transaction. A contact counts against
 * the weekly cap from the moment it is let through until its notice or call is on record
 * ({@link CustomerContacts}), so that two invoices of one customer falling due together cannot
 * both slip under the cap. A notice step stores its notice in the transaction of its gate (one
 * job per step): when the customer's lock is released at the commit, the notice itself is on
 * record, and an allowance row would only repeat it. So the allowance is kept here and written
 * just before the commit, under the lock still, only if its notice was not stored meanwhile: a
 * call, whose task stays open; a notice step whose notice goes in a later transaction (a diagram
 * with a wait between the gate and the notice).
 */
@Component
class ContactsLetThrough {

  private final ContactAllowances allowances;

  ContactsLetThrough(ContactAllowances allowances) {
    this.allowances = allowances;
  }

  void allow(ContactAllowance allowance) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      allowances.save(allowance);
      return;
    }
    pending(true).add(allowance);
  }

  /** The contacts let through in this transaction whose allowance is not written yet. */
  List<ContactAllowance> pending() {
    List<ContactAllowance> pending = pending(false);
    return pending == null ? List.of() : List.copyOf(pending);
  }

  @EventListener
  void on(NoticeOnRecord notice) {
    List<ContactAllowance> pending = pending(false);
    if (pending != null) {
      pending.removeIf(
          allowance ->
              allowance.getInvoiceId().equals(notice.invoiceId())
                  && allowance.getStep().equals(notice.kind().name()));
    }
  }

  @SuppressWarnings("unchecked")
  private List<ContactAllowance> pending(boolean create) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    var pending = (List<ContactAllowance>) TransactionSynchronizationManager.getResource(this);
    if (pending == null && create) {
      List<ContactAllowance> fresh = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              if (!fresh.isEmpty()) {
                allowances.saveAll(fresh);
              }
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(ContactsLetThrough.this);
            }
          });
      pending = fresh;
    }
    return pending;
  }
}
