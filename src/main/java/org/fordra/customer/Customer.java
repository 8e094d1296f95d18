package org.fordra.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

@Entity
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The customer's number in the creditor's books, by which batch imports send it. */
  @Column(name = "customer_number")
  private String customerNumber;

  private String name;

  @Enumerated(EnumType.STRING)
  private CustomerType type;

  /** ISO 3166-1 alpha-2, upper case: decides which country's law and holidays apply. */
  private String country;

  /** ISO 639-1, lower case: the language notices are written in. */
  private String language;

  private String email;

  private String phone;

  @Column(name = "time_zone")
  private String timeZone;

  private Instant createdAt;

  /** E-mail, letter or both: how notices reach this customer. */
  @Enumerated(EnumType.STRING)
  private Delivery delivery = Delivery.EMAIL;

  /** The address a letter is printed with, one line per line; none for e-mail only. */
  @Column(name = "postal_address")
  private String postalAddress;

  /** Agreed in advance to the fees the law allows only where agreed (fees package). */
  private boolean feesAgreed;

  /** The contract's own one-off late fee, in the invoice currency, where no statute applies. */
  private BigDecimal contractLateFee;

  /** The contract's own yearly late interest in percent, where no statute applies. */
  private BigDecimal contractInterestPercent;

  /**
   * A business customer who trades as an individual: the Pre-Action Protocol for Debt Claims
   * (England & Wales) protects them as it does a consumer (para 1.1).
   */
  @Column(name = "sole_trader")
  private boolean soleTrader;

  /** ISO 3166-2 state or region (US-MA), where rules differ by state; null when not recorded. */
  private String region;

  protected Customer() {}

  public Customer(
      String name,
      CustomerType type,
      String country,
      String language,
      String email,
      String phone,
      ZoneId timeZone,
      Instant createdAt) {
    this.name = name;
    this.type = type;
    this.country = country;
    this.language = language;
    this.email = email;
    this.phone = phone;
    this.timeZone = timeZone.getId();
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getCustomerNumber() {
    return customerNumber;
  }

  public void setCustomerNumber(String customerNumber) {
    this.customerNumber = customerNumber;
  }

  /**
   * The books changed the customer's details: later notices go to the new address in the new
   * language; notices already sent stay as they were.
   */
  public void updateDetails(
      String name,
      CustomerType type,
      String country,
      String language,
      String email,
      String phone,
      ZoneId timeZone) {
    this.name = name;
    this.type = type;
    this.country = country;
    this.language = language;
    this.email = email;
    this.phone = phone;
    this.timeZone = timeZone.getId();
  }

  public String getName() {
    return name;
  }

  public CustomerType getType() {
    return type;
  }

  public String getCountry() {
    return country;
  }

  public String getLanguage() {
    return language;
  }

  public Locale locale() {
    return new Locale(language, country);
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public void setDelivery(Delivery delivery) {
    this.delivery = delivery == null ? Delivery.EMAIL : delivery;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public void setPostalAddress(String postalAddress) {
    this.postalAddress = postalAddress;
  }

  public boolean isFeesAgreed() {
    return feesAgreed;
  }

  public BigDecimal getContractLateFee() {
    return contractLateFee;
  }

  public BigDecimal getContractInterestPercent() {
    return contractInterestPercent;
  }

  /** What the customer agreed before the invoice; {@code null} fee or rate: none agreed. */
  public void agreeToTerms(
      boolean feesAgreed, BigDecimal contractLateFee, BigDecimal contractInterestPercent) {
    this.feesAgreed = feesAgreed;
    this.contractLateFee = contractLateFee;
    this.contractInterestPercent = contractInterestPercent;
  }

  public boolean isSoleTrader() {
    return soleTrader;
  }

  public String getRegion() {
    return region;
  }

  /** Who the customer is in law beyond their type, and the state or region they live in. */
  public void recordStanding(boolean soleTrader, String region) {
    this.soleTrader = soleTrader;
    this.region = region;
  }

  /** An individual debtor in the Pre-Action Protocol's sense: a consumer or a sole trader. */
  public boolean isIndividual() {
    return type == CustomerType.CONSUMER || soleTrader;
  }
}
