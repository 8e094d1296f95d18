package org.fordra.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/** An amount taken off the claim: a credit note, a cancellation, a write-off. */
@Entity
@EntityListeners(LedgerChanges.class)
public class Credit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Enumerated(EnumType.STRING)
  private CreditType type;

  private BigDecimal amount;

  private String reason;

  private LocalDate creditedOn;

  private String creditedBy;

  /** The credit note's number in the books; none for credits Fordra makes itself. */
  private String creditNumber;

  protected Credit() {}

  public Credit(
      Invoice invoice, CreditType type, Money amount, String reason, LocalDate creditedOn,
      String creditedBy) {
    this.invoice = invoice;
    this.type = type;
    this.amount = amount.amount();
    this.reason = reason;
    this.creditedOn = creditedOn;
    this.creditedBy = creditedBy;
  }

  /** A credit note from the books, booked once by its number. */
  public static Credit note(
      Invoice invoice, String creditNumber, Money amount, String reason, LocalDate creditedOn,
      String creditedBy) {
    Credit credit =
        new Credit(invoice, CreditType.CREDIT_NOTE, amount, reason, creditedOn, creditedBy);
    credit.creditNumber = creditNumber;
    return credit;
  }

  public String getCreditNumber() {
    return creditNumber;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public CreditType getType() {
    return type;
  }

  public Money amount() {
    return Money.exact(amount, invoice.currency());
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getCreditedOn() {
    return creditedOn;
  }

  public String getCreditedBy() {
    return creditedBy;
  }
}
