package org.fordra.fees;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fordra.customer.CustomerType;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;

/**
 * What the law of a country needs to know about one invoice to say which interest and charges it
 * allows: who owes, how much, since when, which reminders went out and what was already charged.
 *
 * @param remindersSentOn days on which written reminders after the due date went out, oldest first
 * @param finalNoticeSentOn the day the final notice (the last letter before collection) went out
 * @param finalNoticeLastDay the last day to pay a Dutch 14-day letter gives for that final notice,
 *     counted from its receipt ({@link FourteenDayLetter#lastDayToPay})
 * @param defaultNoticeOnInvoice the invoice told a consumer that default follows 30 days after
 *     due date and receipt (§ 286(3) sentence 1 BGB)
 * @param dueDateAgreed the due date was agreed in the contract, not only printed on the invoice
 *     (§ 286(2) Nr. 1 BGB, art. 3(3)(a) and 4(3)(a) Directive 2011/7/EU); false, the safe reading,
 *     unless recorded
 * @param amountsBooked the total booked so far of each charge type
 * @param deadlinesGiven the written reminders after the due date with the last day to pay each
 *     gave, oldest first (only those whose last day Fordra recorded)
 * @param thisNoticeDeadline while the charges of a notice about to go out are decided: the last
 *     day to pay that notice gives
 */
public record Claim(
    CustomerType customerType,
    String country,
    Currency currency,
    Money principal,
    Money outstanding,
    LocalDate issueDate,
    LocalDate dueDate,
    boolean defaultNoticeOnInvoice,
    List<LocalDate> remindersSentOn,
    Optional<LocalDate> finalNoticeSentOn,
    List<ChargeType> chargesBooked,
    ContractTerms terms,
    Optional<LocalDate> finalNoticeLastDay,
    boolean dueDateAgreed,
    Map<ChargeType, Money> amountsBooked,
    List<GivenDeadline> deadlinesGiven,
    Optional<LocalDate> thisNoticeDeadline) {

  /** A written reminder sent on {@code sentOn} that gave until {@code lastDay} to pay. */
  public record GivenDeadline(LocalDate sentOn, LocalDate lastDay) {

    /** Days to pay the notice gave, counted from the day it was sent. */
    public long days() {
      return lastDay.toEpochDay() - sentOn.toEpochDay();
    }
  }

  /** The same facts, for the notice about to go out that gives until {@code lastDay} to pay. */
  public Claim givingDeadline(LocalDate lastDay) {
    return new Claim(customerType, country, currency, principal, outstanding, issueDate, dueDate,
        defaultNoticeOnInvoice, remindersSentOn, finalNoticeSentOn, chargesBooked, terms,
        finalNoticeLastDay, dueDateAgreed, amountsBooked, deadlinesGiven,
        Optional.ofNullable(lastDay));
  }

  /** What was booked so far of one charge type (zero if none). */
  public Money bookedAmount(ChargeType type) {
    Money booked = amountsBooked.get(type);
    return booked == null ? Money.zero(currency) : booked;
  }

  public boolean isBusiness() {
    return customerType == CustomerType.BUSINESS;
  }

  public boolean isIn(String currencyCode) {
    return currency.getCurrencyCode().equals(currencyCode);
  }

  public long booked(ChargeType type) {
    return chargesBooked.stream().filter(t -> t == type).count();
  }

  public Optional<LocalDate> firstReminderSentOn() {
    return remindersSentOn.stream().findFirst();
  }

  public Money money(String amount) {
    return Money.exact(new java.math.BigDecimal(amount), currency);
  }
}
