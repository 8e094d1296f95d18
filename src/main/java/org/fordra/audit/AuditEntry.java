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

  protected AuditEntry() {}

  AuditEntry(String invoiceNumber, Instant at, String actor, String action, String detail) {
    this.invoiceNumber = invoiceNumber;
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.detail = detail;
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
}
