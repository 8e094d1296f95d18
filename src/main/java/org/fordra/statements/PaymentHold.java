package org.fordra.statements;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invoice's notices wait, until {@code heldUntil} at most, for a person to match a payment. */
@Entity
@Table(name = "payment_hold")
class PaymentHold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long statementEntryId;

  private Long invoiceId;

  private Instant heldUntil;

  private Instant releasedAt;

  protected PaymentHold() {}

  PaymentHold(Long statementEntryId, Long invoiceId, Instant heldUntil) {
    this.statementEntryId = statementEntryId;
    this.invoiceId = invoiceId;
    this.heldUntil = heldUntil;
  }

  Long getInvoiceId() {
    return invoiceId;
  }

  void release(Instant at) {
    this.releasedAt = at;
  }
}
