package org.fordra.dunning.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One invoice's notice of one level, carried by another invoice's notice of the same level: the
 * customer gets one letter for both, and the covered invoice does not send its own.
 */
@Entity
class NoticeCoverage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_id", updatable = false)
  private Long invoiceId;

  /** The notice kind (a dunning step of the ladder) that is covered. */
  @Column(updatable = false)
  private String kind;

  @Column(name = "carrier_invoice_id", updatable = false)
  private Long carrierInvoiceId;

  @Column(name = "decided_at", updatable = false)
  private Instant decidedAt;

  protected NoticeCoverage() {}

  NoticeCoverage(Long invoiceId, String kind, Long carrierInvoiceId, Instant decidedAt) {
    this.invoiceId = invoiceId;
    this.kind = kind;
    this.carrierInvoiceId = carrierInvoiceId;
    this.decidedAt = decidedAt;
  }

  Long getInvoiceId() {
    return invoiceId;
  }

  String getKind() {
    return kind;
  }

  Long getCarrierInvoiceId() {
    return carrierInvoiceId;
  }

  Instant getDecidedAt() {
    return decidedAt;
  }
}
