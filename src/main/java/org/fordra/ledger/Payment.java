package org.fordra.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/** Money received for an invoice, as reported by the accounting system or the bank. */
@Entity
@EntityListeners(LedgerChanges.class)
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  private BigDecimal amount;

  private String currency;

  private LocalDate paidOn;

  /** The bank's or ledger's own reference: reporting it twice books it once. */
  private String reference;

  private Instant bookedAt;

  private String bookedBy;

  /** The bank statement entry this payment was booked from; none for a payment reported alone. */
  private Long statementEntryId;

  /** The day the bank returned the money (a return or chargeback): it no longer counts as paid. */
  private LocalDate reversedOn;

  protected Payment() {}

  public Payment(
      Invoice invoice, Money amount, LocalDate paidOn, String reference, Instant bookedAt,
      String bookedBy) {
    this.invoice = invoice;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.paidOn = paidOn;
    this.reference = reference;
    this.bookedAt = bookedAt;
    this.bookedBy = bookedBy;
  }

  public Long getId() {
    return id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public Money amount() {
    return Money.exact(amount, Currency.getInstance(currency));
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public String getReference() {
    return reference;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public String getBookedBy() {
    return bookedBy;
  }

  public Long getStatementEntryId() {
    return statementEntryId;
  }

  public void bookedFrom(Long statementEntryId) {
    this.statementEntryId = statementEntryId;
  }

  public LocalDate getReversedOn() {
    return reversedOn;
  }

  public boolean isReversed() {
    return reversedOn != null;
  }

  public void reverse(LocalDate on) {
    this.reversedOn = on;
  }
}
