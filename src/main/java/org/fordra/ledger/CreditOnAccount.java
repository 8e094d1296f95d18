package org.fordra.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.fordra.customer.Customer;
import org.fordra.money.Money;

/**
 * Money a customer paid that no invoice owed: a surplus over an invoice's balance, or an unmatched
 * payment a person kept for the customer. It never makes an invoice's balance negative (CONTRACT.md,
 * "Operations"); only a person applies it to an invoice or refunds it.
 */
@Entity
@Table(name = "credit_on_account")
public class CreditOnAccount {

  public enum Status {
    /** Held for the customer: counts in their credit on account. */
    OPEN,
    /** A person applied it to an invoice (booked there as a payment). */
    APPLIED,
    /** A person had it paid back. */
    REFUNDED,
    /** The bank returned the payment it came from: there is nothing to hold. */
    REVERSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private String currency;

  private BigDecimal amount;

  /** The payment reference or bank entry the money came with. */
  private String source;

  /** The invoice the payment was meant for, where there was one. */
  private Long invoiceId;

  private Long statementEntryId;

  private LocalDate createdOn;

  private String createdBy;

  @Enumerated(EnumType.STRING)
  private Status status;

  private Instant settledAt;

  private String settledBy;

  private String note;

  protected CreditOnAccount() {}

  public CreditOnAccount(
      Customer customer,
      Money amount,
      String source,
      Long invoiceId,
      Long statementEntryId,
      LocalDate createdOn,
      String createdBy) {
    this.customer = customer;
    this.currency = amount.currency().getCurrencyCode();
    this.amount = amount.amount();
    this.source = source;
    this.invoiceId = invoiceId;
    this.statementEntryId = statementEntryId;
    this.createdOn = createdOn;
    this.createdBy = createdBy;
    this.status = Status.OPEN;
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public Money amount() {
    return Money.exact(amount, Currency.getInstance(currency));
  }

  public String getSource() {
    return source;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public Long getStatementEntryId() {
    return statementEntryId;
  }

  public LocalDate getCreatedOn() {
    return createdOn;
  }

  public Status getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  /** Applied, refunded or reversed: no longer held for the customer. */
  public void settle(Status status, Instant at, String by, String note) {
    if (this.status != Status.OPEN) {
      throw new IllegalStateException("credit " + id + " is already " + this.status);
    }
    this.status = status;
    this.settledAt = at;
    this.settledBy = by;
    this.note = note;
  }
}
