package org.fordra.dunning.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A ladder contact the rules let through and that is on its way: the call task is open, or the
 * notice is to be stored by a later transaction. It counts against the weekly cap until the notice
 * or the call itself is on record, so two invoices of one customer falling due together cannot
 * both slip under the cap. Written only when the step's own transaction did not store the notice
 * ({@link ContactsLetThrough}).
 */
@Entity
class ContactAllowance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Column(name = "invoice_id", updatable = false)
  private Long invoiceId;

  /** The dunning step (a notice kind, or CALL). */
  @Column(updatable = false)
  private String step;

  @Column(name = "allowed_at", updatable = false)
  private Instant allowedAt;

  protected ContactAllowance() {}

  ContactAllowance(Long customerId, Long invoiceId, String step, Instant allowedAt) {
    this.customerId = customerId;
    this.invoiceId = invoiceId;
    this.step = step;
    this.allowedAt = allowedAt;
  }

  Long getCustomerId() {
    return customerId;
  }

  Long getInvoiceId() {
    return invoiceId;
  }

  String getStep() {
    return step;
  }

  Instant getAllowedAt() {
    return allowedAt;
  }
}
