package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.fordra.customer.CustomerType;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;

/** Builds the facts of one claim for the worked examples. */
final class AClaim {

  private CustomerType type = CustomerType.BUSINESS;
  private String country = "DE";
  private String currency = "EUR";
  private String principal = "1000.00";
  private LocalDate issued;
  private LocalDate due = LocalDate.of(2025, 5, 31);
  private boolean notice286;
  private final List<LocalDate> reminders = new ArrayList<>();
  private LocalDate finalNotice;
  private LocalDate finalNoticeLastDay;
  private final List<ChargeType> booked = new ArrayList<>();
  private ContractTerms terms = ContractTerms.none();
  private boolean dueDateAgreed;
  private final java.util.Map<ChargeType, BigDecimal> amounts = new java.util.EnumMap<>(ChargeType.class);
  private final List<Claim.GivenDeadline> deadlines = new ArrayList<>();

  static AClaim business(String country) {
    AClaim c = new AClaim();
    c.country = country;
    return c;
  }

  static AClaim consumer(String country) {
    AClaim c = business(country);
    c.type = CustomerType.CONSUMER;
    return c;
  }

  AClaim in(String currency, String principal) {
    this.currency = currency;
    this.principal = principal;
    return this;
  }

  AClaim due(LocalDate due) {
    this.due = due;
    return this;
  }

  AClaim withDefaultNoticeOnInvoice() {
    this.notice286 = true;
    return this;
  }

  AClaim remindedOn(LocalDate day) {
    reminders.add(day);
    return this;
  }

  /** A written reminder sent on {@code day} that gave until {@code lastDay} to pay. */
  AClaim remindedOn(LocalDate day, LocalDate lastDay) {
    reminders.add(day);
    deadlines.add(new Claim.GivenDeadline(day, lastDay));
    return this;
  }

  /** The due date was agreed in the contract (§ 286(2) Nr. 1 BGB), not only printed. */
  AClaim dueDateAgreed() {
    this.dueDateAgreed = true;
    return this;
  }

  AClaim alreadyCharged(ChargeType type, String amount) {
    booked.add(type);
    amounts.merge(type, new BigDecimal(amount), BigDecimal::add);
    return this;
  }

  /** A final notice sent by e-mail on {@code day}: a 14-day letter's last day is day + 14. */
  AClaim finalNoticeOn(LocalDate day) {
    return finalNoticeOn(day, day.plusDays(14));
  }

  /** A final notice sent on {@code day} that gave {@code lastDay} as the last day to pay. */
  AClaim finalNoticeOn(LocalDate day, LocalDate lastDay) {
    reminders.add(day);
    finalNotice = day;
    finalNoticeLastDay = lastDay;
    return this;
  }

  AClaim alreadyCharged(ChargeType type) {
    booked.add(type);
    return this;
  }

  AClaim terms(ContractTerms terms) {
    this.terms = terms;
    return this;
  }

  Claim build() {
    Money p = Money.exact(new BigDecimal(principal), Currency.getInstance(currency));
    return new Claim(
        type,
        country,
        Currency.getInstance(currency),
        p,
        p,
        issued == null ? due.minusDays(30) : issued,
        due,
        notice286,
        List.copyOf(reminders),
        Optional.ofNullable(finalNotice),
        List.copyOf(booked),
        terms,
        Optional.ofNullable(finalNoticeLastDay),
        dueDateAgreed,
        amounts.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(
                java.util.Map.Entry::getKey,
                e -> Money.exact(e.getValue(), Currency.getInstance(currency)))),
        List.copyOf(deadlines),
        Optional.empty());
  }
}
