package org.fordra.fees;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.fordra.time.PublicHolidays;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Dutch "veertiendagenbrief" (art. 6:96(6) BW): before collection costs may be charged to a
 * consumer, a letter must give 14 days from the day after receipt to pay and state the exact
 * amount of the costs (BIK scale) that will be charged otherwise. Fordra's final notice to a Dutch
 * consumer in euro is that letter; this is the amount it must state, and the last day to pay it
 * prints.
 *
 * <p>The last day. The term starts on the day after the debtor RECEIVED the letter, not on the day
 * it was sent, and a letter that states a deadline earlier than that is no veertiendagenbrief at
 * all (HR 25 November 2016, ECLI:NL:HR:2016:2704, Fa-Med, a prejudicial decision on art. 6:96(6)
 * BW; HR 13 June 2014, ECLI:NL:HR:2014:1405: the letter is itself the collection action, no
 * further one is needed). A longer term is allowed. So Fordra prints the latest day the debtor can
 * be sure of, never an earlier one:
 *
 * <ul>
 *   <li>By e-mail the notice arrives the day it is sent (Fordra sends within contact hours,
 *       08:00-20:00 in the customer's zone): the last day is the day sent + 14.
 *   <li>By post it arrives later. PostNL, the universal service provider, delivers letter mail
 *       Tuesday to Saturday only (Postwet 2009 / Postbesluit 2009; reported e.g. by the ACM's
 *       yearly checks), and from July 2026 the delivery standard is two delivery days instead of
 *       one (decision of the Minister of Economic Affairs, announced 2025; a third day is planned
 *       from July 2027). The number of delivery days is configuration
 *       ({@code fordra.fees.nl-postal-delivery-days}); its default, 3, covers the announced
 *       extension and the letter reaching the post the day after Fordra files it. Sundays, Mondays
 *       and Dutch public holidays are no delivery days.
 *   <li>A statutory term that would end on a Saturday, Sunday or recognised public holiday runs on
 *       to the next day that is none (Algemene termijnenwet art. 1(1) and 3, which includes
 *       5 May every year).
 * </ul>
 *
 * <p>A notice that goes both by e-mail and by post counts from the letter: the later receipt.
 * {@link DutchLaw#letterExpired} asks this same class, so collection costs are never owed before
 * the printed day has passed, and the process waits for that day before a manager may decide on
 * the hand-over (SendFinalNoticeAndMarkStage sets the decision timer to the day after the printed
 * date).
 */
@Component
public class FourteenDayLetter {

  static final int LETTER_DAYS = 14;

  private final FeeSettings settings;
  private final PublicHolidays holidays;
  private final int postalDeliveryDays;

  FourteenDayLetter(
      FeeSettings settings,
      PublicHolidays holidays,
      @Value("${fordra.fees.nl-postal-delivery-days:3}") int postalDeliveryDays) {
    if (postalDeliveryDays < 1) {
      throw new IllegalArgumentException("fordra.fees.nl-postal-delivery-days must be at least 1");
    }
    this.settings = settings;
    this.holidays = holidays;
    this.postalDeliveryDays = postalDeliveryDays;
  }

  /**
   * Whether a final notice to this customer must count its deadline from receipt: a customer in
   * the Netherlands, or one written to in Dutch (the Dutch final notice says "binnen veertien dagen
   * na de dag van ontvangst", so the date it prints must be that day).
   */
  public static boolean countsFromReceipt(Customer customer) {
    String language = customer.getLanguage() == null ? "" : customer.getLanguage();
    return "NL".equalsIgnoreCase(customer.getCountry())
        || language.toLowerCase(Locale.ROOT).startsWith("nl");
  }

  /** The day the debtor has the notice: the day sent by e-mail, later by post. */
  public LocalDate receivedOn(LocalDate sentOn, boolean byPost) {
    if (!byPost) {
      return sentOn;
    }
    LocalDate day = sentOn;
    int left = postalDeliveryDays;
    while (left > 0) {
      day = day.plusDays(1);
      if (isPostalDeliveryDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The last day to pay: 14 days from the day after receipt, moved off a non-working day. */
  public LocalDate lastDayToPay(LocalDate sentOn, boolean byPost) {
    LocalDate last = receivedOn(sentOn, byPost).plusDays(LETTER_DAYS);
    while (!isWorkingDay(last)) {
      last = last.plusDays(1);
    }
    return last;
  }

  /** The collection costs the letter must announce, for the amount still outstanding. */
  public Optional<Money> collectionCostsToAnnounce(Invoice invoice, Payoff payoff) {
    boolean dutchConsumer =
        "NL".equals(invoice.getCustomer().getCountry())
            && invoice.getCustomer().getType() == CustomerType.CONSUMER;
    if (!dutchConsumer || !"EUR".equals(invoice.currency().getCurrencyCode())) {
      return Optional.empty();
    }
    Money outstanding = payoff.principal().minus(payoff.credits()).minus(payoff.paid());
    if (!outstanding.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(DutchLaw.collectionCostsWithVat(outstanding, settings));
  }

  private boolean isPostalDeliveryDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SUNDAY
        && weekday != DayOfWeek.MONDAY
        && !holidays.isHoliday(day, "NL");
  }

  private boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    boolean liberationDay = day.getMonth() == Month.MAY && day.getDayOfMonth() == 5;
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !liberationDay
        && !holidays.isHoliday(day, "NL");
  }
}
