package org.fordra.dunning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.fordra.invoice.Invoice;

/** A conversation, or an attempt at one, with the customer about an invoice. */
@Entity
public class ContactLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  private String channel;

  private String outcome;

  private String notes;

  private String agent;

  @Column(name = "occurred_at")
  private Instant at;

  protected ContactLogEntry() {}

  public ContactLogEntry(
      Invoice invoice, String channel, String outcome, String notes, String agent, Instant at) {
    this.invoice = invoice;
    this.channel = channel;
    this.outcome = outcome;
    this.notes = notes;
    this.agent = agent;
    this.at = at;
  }

  public String getChannel() {
    return channel;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getNotes() {
    return notes;
  }

  public String getAgent() {
    return agent;
  }

  public Instant getAt() {
    return at;
  }
}
