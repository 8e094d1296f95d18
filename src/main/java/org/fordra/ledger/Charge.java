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

/** One cost added to an invoice, with the statute that allows it, shown wherever it is owed. */
@Entity
@EntityListeners(LedgerChanges.class)
public class Charge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Enumerated(EnumType.STRING)
  private ChargeType type;

  private BigDecimal amount;

  /** The legal basis as a reader can look it up, e.g. "BGB § 288 (5)". */
  private String basis;

  private LocalDate chargedOn;

  protected Charge() {}

  public Charge(Invoice invoice, ChargeType type, Money amount, String basis, LocalDate chargedOn) {
    this.invoice = invoice;
    this.type = type;
    this.amount = amount.amount();
    this.basis = basis;
    this.chargedOn = chargedOn;
  }

  public Long getId() {
    return id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public ChargeType getType() {
    return type;
  }

  public Money amount() {
    return Money.exact(amount, invoice.currency());
  }

  public String getBasis() {
    return basis;
  }

  public LocalDate getChargedOn() {
    return chargedOn;
  }
}
