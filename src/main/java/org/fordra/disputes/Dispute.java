package org.fordra.disputes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/** The customer says the invoice is wrong. While it is open, nobody chases the invoice. */
@Entity
public class Dispute {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  private String reason;

  private Instant raisedAt;

  private String raisedBy;

  @Enumerated(EnumType.STRING)
  private DisputeResolution resolution;

  private BigDecimal creditAmount;

  private String resolutionNotes;

  private Instant resolvedAt;

  private String resolvedBy;

  protected Dispute() {}

  public Dispute(Invoice invoice, String reason, Instant raisedAt, String raisedBy) {
    this.invoice = invoice;
    this.reason = reason;
    this.raisedAt = raisedAt;
    this.raisedBy = raisedBy;
  }

  public Long getId() {
    return id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public Optional<DisputeResolution> resolution() {
    return Optional.ofNullable(resolution);
  }

  public Optional<Money> creditAmount() {
    return Optional.ofNullable(creditAmount).map(a -> Money.exact(a, invoice.currency()));
  }

  public String getResolutionNotes() {
    return resolutionNotes;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public void resolve(
      DisputeResolution resolution, Money credit, String notes, Instant at, String by) {
    this.resolution = resolution;
    this.creditAmount = credit == null ? null : credit.amount();
    this.resolutionNotes = notes;
    this.resolvedAt = at;
    this.resolvedBy = by;
  }
}
