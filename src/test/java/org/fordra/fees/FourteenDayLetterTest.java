package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;

import java.util.Map;
import org.fordra.time.PublicHolidays;
import org.junit.jupiter.api.Test;

/**
 * The last day a Dutch 14-day letter prints (art. 6:96(6) BW): 14 days from the day after the
 * debtor received it (HR 25 November 2016, ECLI:NL:HR:2016:2704). E-mail arrives the day it is
 * sent; PostNL delivers letters Tuesday to Saturday, not on public holidays, here within the
 * default 3 delivery days; a last day on a weekend or holiday runs on (Algemene termijnenwet).
 */
class FourteenDayLetterTest {

  private final FourteenDayLetter letter =
      new FourteenDayLetter(FeeSettings.defaults(), new PublicHolidays(Map.of()), 3);

  @Test
  void anEmailSentOnAFridayIsReceivedThatDayAndGivesUntilTheFridayTwoWeeksLater() {
    // Sent Friday 20 November 2026; days 1..14 are 21 November .. 4 December.
    assertThat(letter.receivedOn(day(2026, 11, 20), false)).isEqualTo(day(2026, 11, 20));
    assertThat(letter.lastDayToPay(day(2026, 11, 20), false)).isEqualTo(day(2026, 12, 4));
  }

  @Test
  void aLetterSentOnAFridayArrivesOnTheThirdDeliveryDayNotOnSundayOrMonday() {
    // Sent Friday 20 November 2026: delivery days Saturday 21, Tuesday 24, Wednesday 25.
    assertThat(letter.receivedOn(day(2026, 11, 20), true)).isEqualTo(day(2026, 11, 25));
    assertThat(letter.lastDayToPay(day(2026, 11, 20), true)).isEqualTo(day(2026, 12, 9));
  }

  @Test
  void aLetterSentOnTheFridayBeforeKingsDayIsNotDeliveredOnTheHoliday() {
    // Sent Friday 23 April 2027; Koningsdag is Tuesday 27 April: delivery days Saturday 24,
    // Wednesday 28, Thursday 29. Days 1..14 are 30 April .. 13 May.
    assertThat(letter.receivedOn(day(2027, 4, 23), true)).isEqualTo(day(2027, 4, 29));
    assertThat(letter.lastDayToPay(day(2027, 4, 23), true)).isEqualTo(day(2027, 5, 13));
  }

  @Test
  void aLetterSentBeforeChristmasWaitsForTheHolidaysAndTheWeekend() {
    // Sent Thursday 24 December 2026; 25 and 26 December are holidays, then Sunday and Monday:
    // delivery days Tuesday 29, Wednesday 30, Thursday 31 December; last day 14 January 2027.
    assertThat(letter.receivedOn(day(2026, 12, 24), true)).isEqualTo(day(2026, 12, 31));
    assertThat(letter.lastDayToPay(day(2026, 12, 24), true)).isEqualTo(day(2027, 1, 14));
  }

  @Test
  void aLastDayOnAHolidayOrWeekendRunsOnToTheNextWorkingDay() {
    // E-mail of Friday 11 December 2026: day 14 is Christmas Day (Friday 25), then the second
    // Christmas Day and Sunday: the last day is Monday 28 December.
    assertThat(letter.lastDayToPay(day(2026, 12, 11), false)).isEqualTo(day(2026, 12, 28));
    // E-mail of Tuesday 21 April 2026: day 14 is Tuesday 5 May, Bevrijdingsdag (Atw art. 3).
    assertThat(letter.lastDayToPay(day(2026, 4, 21), false)).isEqualTo(day(2026, 5, 6));
  }

  @Test
  void theNumberOfPostalDeliveryDaysIsConfiguration() {
    // The statutory standard from July 2026 is two delivery days: Saturday 21, Tuesday 24.
    var twoDays = new FourteenDayLetter(FeeSettings.defaults(), new PublicHolidays(Map.of()), 2);
    assertThat(twoDays.receivedOn(day(2026, 11, 20), true)).isEqualTo(day(2026, 11, 24));
    assertThat(twoDays.lastDayToPay(day(2026, 11, 20), true)).isEqualTo(day(2026, 12, 8));
  }

  @Test
  void theCustomersWhoseFinalNoticeCountsFromReceipt() {
    var dutch = new org.fordra.customer.Customer("Jan", org.fordra.customer.CustomerType.CONSUMER,
        "NL", "nl", "jan@example.nl", null, java.time.ZoneId.of("Europe/Amsterdam"),
        java.time.Instant.EPOCH);
    var flemish = new org.fordra.customer.Customer("An", org.fordra.customer.CustomerType.CONSUMER,
        "BE", "nl-BE", "an@example.be", null, java.time.ZoneId.of("Europe/Brussels"),
        java.time.Instant.EPOCH);
    var german = new org.fordra.customer.Customer("Jana", org.fordra.customer.CustomerType.CONSUMER,
        "DE", "de", "jana@example.de", null, java.time.ZoneId.of("Europe/Berlin"),
        java.time.Instant.EPOCH);
    assertThat(FourteenDayLetter.countsFromReceipt(dutch)).isTrue();
    assertThat(FourteenDayLetter.countsFromReceipt(flemish)).isTrue(); // the Dutch text says so
    assertThat(FourteenDayLetter.countsFromReceipt(german)).isFalse();
  }
}
