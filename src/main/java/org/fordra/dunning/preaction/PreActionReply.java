package org.fordra.dunning.preaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A Reply Form returned to a Letter of Claim, as staff recorded what the debtor ticked. */
@Entity
@Table(name = "pre_action_reply")
public class PreActionReply {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_id")
  private Long invoiceId;

  private LocalDate receivedOn;
  private boolean disputesDebt;
  private boolean seekingAdvice;
  private boolean wantsToPay;
  private String notes;
  private String recordedBy;
  private Instant recordedAt;

  protected PreActionReply() {}

  PreActionReply(
      Long invoiceId,
      LocalDate receivedOn,
      boolean disputesDebt,
      boolean seekingAdvice,
      boolean wantsToPay,
      String notes,
      String recordedBy,
      Instant recordedAt) {
    this.invoiceId = invoiceId;
    this.receivedOn = receivedOn;
    this.disputesDebt = disputesDebt;
    this.seekingAdvice = seekingAdvice;
    this.wantsToPay = wantsToPay;
    this.notes = notes;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** In a line, for the person's form and the audit trail. */
  String summary() {
    return "Reply Form received " + receivedOn + ": "
        + (disputesDebt ? "disputes the debt" : "does not dispute the debt")
        + (seekingAdvice ? "; is seeking debt advice" : "")
        + (wantsToPay ? "; wants to pay or agree a plan" : "")
        + (notes == null || notes.isBlank() ? "" : "; notes: " + notes);
  }

  public Long getId() {
    return id;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public boolean isDisputesDebt() {
    return disputesDebt;
  }

  public boolean isSeekingAdvice() {
    return seekingAdvice;
  }

  public boolean isWantsToPay() {
    return wantsToPay;
  }

  public String getNotes() {
    return notes;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
