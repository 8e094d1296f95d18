package org.fordra.dunning.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.fordra.time.PublicHolidays;
import org.junit.jupiter.api.Test;

/** Holiday, weekend and quiet-hour moves per country, with the real Jollyday calendars. */
class ContactCalendarTest {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  final ContactCalendar calendar = calendar(ContactSettings.defaults());

  static ContactCalendar calendar(ContactSettings settings) {
    return new ContactCalendar(settings, new PublicHolidays(settings.holidayRegions()));
  }

  static Instant local(LocalDateTime time, ZoneId zone) {
    return time.atZone(zone).toInstant();
  }

  LocalDate firstDay(int year, int month, int day, String country) {
    return calendar.firstContactDayFrom(LocalDate.of(year, month, day), country);
  }

  @Test
  void swedishChristmasWaitsForTheMondayAfterBoxingDay() {
    // Julafton, juldagen and annandag jul are Thursday to Saturday in 2026.
    assertThat(firstDay(2026, 12, 24, "SE")).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(firstDay(2026, 12, 25, "SE")).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void swedishMidsummerEveIsNoDayForDunning() {
    // Midsommarafton 2026 is Friday 19 June.
    assertThat(calendar.isContactDay(LocalDate.of(2026, 6, 19), "SE")).isFalse();
    assertThat(firstDay(2026, 6, 19, "SE")).isEqualTo(LocalDate.of(2026, 6, 22));
    // The same Friday is an ordinary working day in Germany.
    assertThat(calendar.isContactDay(LocalDate.of(2026, 6, 19), "DE")).isTrue();
  }

  @Test
  void germanWhitMondayMovesToTuesday() {
    assertThat(firstDay(2026, 5, 25, "DE")).isEqualTo(LocalDate.of(2026, 5, 26));
  }

  @Test
  void dutchKingsDayMovesToTheNextDay() {
    // Koningsdag, Monday 27 April 2026.
    assertThat(firstDay(2026, 4, 27, "NL")).isEqualTo(LocalDate.of(2026, 4, 28));
    assertThat(calendar.isContactDay(LocalDate.of(2026, 4, 27), "SE")).isTrue();
  }

  @Test
  void norwegianConstitutionDayMovesToTheNextDay() {
    // 17. mai 2028 is a Wednesday.
    assertThat(firstDay(2028, 5, 17, "NO")).isEqualTo(LocalDate.of(2028, 5, 18));
  }

  @Test
  void englishBankHolidaysIncludeEasterMondayAndTheSummerBankHoliday() {
    assertThat(firstDay(2026, 4, 3, "GB")).isEqualTo(LocalDate.of(2026, 4, 7)); // Good Friday
    assertThat(firstDay(2026, 5, 4, "GB")).isEqualTo(LocalDate.of(2026, 5, 5)); // Early May
    assertThat(firstDay(2026, 8, 31, "GB")).isEqualTo(LocalDate.of(2026, 9, 1)); // Summer
  }

  @Test
  void usFederalHolidaysIncludeTheObservedIndependenceDayAndThanksgiving() {
    // 4 July 2026 is a Saturday, observed on Friday 3 July.
    assertThat(firstDay(2026, 7, 3, "US")).isEqualTo(LocalDate.of(2026, 7, 6));
    assertThat(firstDay(2026, 11, 26, "US")).isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void aCountryTheLibraryDoesNotKnowKeepsOnlyWeekendsFree() {
    assertThat(new PublicHolidays(Map.of()).knows("XX")).isFalse();
    assertThat(new PublicHolidays(Map.of()).knows("SE")).isTrue();
    assertThat(calendar.isContactDay(LocalDate.of(2026, 12, 25), "XX")).isTrue();
    assertThat(firstDay(2026, 12, 26, "XX")).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void aPreDueReminderCanLookBackToTheLastContactDay() {
    assertThat(calendar.lastContactDayUpTo(LocalDate.of(2026, 4, 6), "DE"))
        .isEqualTo(LocalDate.of(2026, 4, 2)); // before Good Friday
  }

  @Test
  void tooEarlyInTheMorningWaitsForEightOClockTheCustomersTime() {
    var customer = new ContactedCustomer("SE", STOCKHOLM, true);
    Instant early = local(LocalDateTime.of(2026, 3, 10, 6, 30), STOCKHOLM);
    assertThat(calendar.nextAllowedMoment(early, customer))
        .isEqualTo(local(LocalDateTime.of(2026, 3, 10, 8, 0), STOCKHOLM));
  }

  @Test
  void theEveningWaitsForTheNextContactDay() {
    var customer = new ContactedCustomer("DE", BERLIN, true);
    // Thursday 2 April 2026, 20:00: Good Friday, the weekend and Easter Monday follow.
    Instant evening = local(LocalDateTime.of(2026, 4, 2, 20, 0), BERLIN);
    assertThat(calendar.nextAllowedMoment(evening, customer))
        .isEqualTo(local(LocalDateTime.of(2026, 4, 7, 8, 0), BERLIN));
  }

  @Test
  void theSameInstantIsFineInLondonAndTooLateInStockholmAndTooEarlyInLosAngeles() {
    Instant utc1930 = Instant.parse("2026-03-10T19:30:00Z");
    var london = new ContactedCustomer("GB", LONDON, true);
    var stockholm = new ContactedCustomer("SE", STOCKHOLM, true);
    var losAngeles = new ContactedCustomer("US", LOS_ANGELES, false);
    assertThat(calendar.nextAllowedMoment(utc1930, london)).isEqualTo(utc1930); // 19:30 GMT
    assertThat(calendar.nextAllowedMoment(utc1930, stockholm)) // 20:30 CET
        .isEqualTo(local(LocalDateTime.of(2026, 3, 11, 8, 0), STOCKHOLM));
    Instant utc1400 = Instant.parse("2026-03-10T14:00:00Z"); // 07:00 PDT
    assertThat(calendar.nextAllowedMoment(utc1400, losAngeles))
        .isEqualTo(local(LocalDateTime.of(2026, 3, 10, 8, 0), LOS_ANGELES));
  }

  @Test
  void contactHoursAreConfigurableButNeverWiderThanRegulationFForUsConsumers() {
    var late =
        calendar(new ContactSettings(LocalTime.of(7, 0), LocalTime.of(22, 0), 3, Map.of()));
    var consumer = new ContactedCustomer("US", NEW_YORK, true);
    var business = new ContactedCustomer("US", NEW_YORK, false);
    // 12 CFR 1006.6(b)(1)(i): 8 a.m. to 9 p.m. local time for consumers.
    assertThat(late.earliest(consumer)).isEqualTo(LocalTime.of(8, 0));
    assertThat(late.latest(consumer)).isEqualTo(LocalTime.of(21, 0));
    assertThat(late.latest(business)).isEqualTo(LocalTime.of(22, 0));
    Instant at2130 = local(LocalDateTime.of(2026, 3, 10, 21, 30), NEW_YORK);
    assertThat(late.nextAllowedMoment(at2130, business)).isEqualTo(at2130);
    assertThat(late.nextAllowedMoment(at2130, consumer))
        .isEqualTo(local(LocalDateTime.of(2026, 3, 11, 8, 0), NEW_YORK));
    // The default stays the stricter 08:00-20:00.
    assertThat(calendar.latest(consumer)).isEqualTo(LocalTime.of(20, 0));
  }
}
