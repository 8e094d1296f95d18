package org.fordra.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of an invoice's audit trail. Written once, never changed. */
@Entity
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_number", updatable = false)
  private String invoiceNumber;

  @Column(name = "occurred_at", updatable = false)
  private Instant at;

  @Column(updatable = false)
  private String actor;

  @Column(updatable = false)
  private String action;

  @Column(updatable = false)
  private String detail;

  // The hash chain (AuditChain). Only the retention job changes a line, and only its detail and
  // pseudonymisedAt, through the database (privacy/PersonalDataErasure), never through JPA.
  @Column(name = "detail_hash", updatable = false)
  private String detailHash;

  @Column(name = "prev_hash", updatable = false)
  private String prevHash;

  @Column(name = "entry_hash", updatable = false)
  private String entryHash;

  @Column(name = "pseudonymised_at", updatable = false)
  private Instant pseudonymisedAt;

  protected AuditEntry() {}

  AuditEntry(
      String invoiceNumber, Instant at, String actor, String action, String detail,
      String prevHash) {
    this.invoiceNumber = invoiceNumber;
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.detail = detail;
    this.prevHash = prevHash;
    this.detailHash = AuditChain.detailHash(detail);
    this.entryHash = AuditChain.entryHash(prevHash, invoiceNumber, at, actor, action, detailHash);
  }

  public Long getId() {
    return id;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }

  public String getDetailHash() {
    return detailHash;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getEntryHash() {
    return entryHash;
  }

  /** When the retention job replaced the detail by a pseudonym; null while it is the original. */
  public Instant getPseudonymisedAt() {
    return pseudonymisedAt;
  }
}
