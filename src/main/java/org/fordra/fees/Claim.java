package org.fordra.fees;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.fordra.customer.CustomerType;
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
    Optional<LocalDate> finalNoticeLastDay) {

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
