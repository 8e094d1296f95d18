package org.fordra.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.fordra.customer.Customer;
import org.fordra.money.Money;

@Entity
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_number")
  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private LocalDate issueDate;

  private LocalDate dueDate;

  private String currency;

  private BigDecimal principal;

  @Enumerated(EnumType.STRING)
  private InvoiceStatus status;

  @Enumerated(EnumType.STRING)
  private DunningStage stage;

  /** What the customer must pay, from the day of the offer, to settle the claim. */
  private BigDecimal settlementAmount;

  private LocalDate settlementOfferedOn;

  private Instant createdAt;

  /** The invoice carried the § 286(3) BGB notice that default follows 30 days after due date. */
  private boolean defaultNoticeOnInvoice;

  /**
   * The due date was agreed in the contract, not only set by the invoice: only then is the
   * customer in default from the day after it without a reminder (§ 286(2) Nr. 1 BGB; Directive
   * 2011/7/EU art. 3(3)(a), 4(3)(a)). False, the safe reading, unless the books say so.
   */
  private boolean dueDateAgreed;

  /** Early-payment discount in percent, granted for payment within {@code discountDays} of issue. */
  private BigDecimal discountPercent;

  private Integer discountDays;

  /** The structured reference the customer pays with (see CONTRACT.md, "Money in and out"). */
  private String paymentReference;

  @Version private int version;

  protected Invoice() {}

  public Invoice(
      String number,
      Customer customer,
      LocalDate issueDate,
      LocalDate dueDate,
      Money principal,
      Instant createdAt) {
    this.number = number;
    this.customer = customer;
    this.issueDate = issueDate;
    this.dueDate = dueDate;
    this.currency = principal.currency().getCurrencyCode();
    this.principal = principal.amount();
    this.status = InvoiceStatus.OPEN;
    this.stage = DunningStage.NONE;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Customer getCustomer() {
    return customer;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Money principal() {
    return Money.exact(principal, currency());
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public DunningStage getStage() {
    return stage;
  }

  public Optional<Money> settlementAmount() {
    return Optional.ofNullable(settlementAmount).map(a -> Money.exact(a, currency()));
  }

  public Optional<LocalDate> settlementOfferedOn() {
    return Optional.ofNullable(settlementOfferedOn);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isDefaultNoticeOnInvoice() {
    return defaultNoticeOnInvoice;
  }

  /** The invoice told a consumer that default follows 30 days after due date (§ 286(3) BGB). */
  public void carryDefaultNotice(boolean carried) {
    this.defaultNoticeOnInvoice = carried;
  }

  public boolean isDueDateAgreed() {
    return dueDateAgreed;
  }

  /** Records whether the due date was agreed in the contract (§ 286(2) Nr. 1 BGB). */
  public void recordDueDateAgreed(boolean agreed) {
    this.dueDateAgreed = agreed;
  }

  /** The early-payment discount, if the invoice offers one. */
  public Optional<EarlyPaymentDiscount> earlyPaymentDiscount() {
    if (discountPercent == null || discountDays == null) {
      return Optional.empty();
    }
    return Optional.of(new EarlyPaymentDiscount(discountPercent, discountDays));
  }

  public void offerEarlyPaymentDiscount(EarlyPaymentDiscount discount) {
    this.discountPercent = discount == null ? null : discount.percent();
    this.discountDays = discount == null ? null : discount.withinDays();
  }

  /** The books changed the invoice before any payment (dunning.InvoiceAmendment checks when). */
  public void amend(Money principal, LocalDate issueDate, LocalDate dueDate) {
    if (!principal.currency().getCurrencyCode().equals(currency)) {
      throw new IllegalArgumentException("an invoice keeps its currency " + currency);
    }
    this.principal = principal.amount();
    this.issueDate = issueDate;
    this.dueDate = dueDate;
  }

  public boolean isClosed() {
    return status.isFinal();
  }

  public void changeStatus(InvoiceStatus status) {
    this.status = status;
  }

  public void reachStage(DunningStage stage) {
    this.stage = stage;
  }

  public void offerSettlement(Money amount, LocalDate offeredOn) {
    this.settlementAmount = amount.amount();
    this.settlementOfferedOn = offeredOn;
  }

  public void withdrawSettlement() {
    this.settlementAmount = null;
    this.settlementOfferedOn = null;
  }

  public String getPaymentReference() {
    return paymentReference;
  }

  public void setPaymentReference(String paymentReference) {
    this.paymentReference = paymentReference;
  }
}
