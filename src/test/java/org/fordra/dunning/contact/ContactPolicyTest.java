package org.fordra.dunning.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fordra.time.PublicHolidays;
import org.junit.jupiter.api.Test;

/** The weekly cap and Regulation F's call limits, on top of the calendar. */
class ContactPolicyTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final ContactedCustomer GERMAN = new ContactedCustomer("DE", BERLIN, true);
  static final ContactedCustomer US_CONSUMER = new ContactedCustomer("US", CHICAGO, true);
  static final ContactedCustomer US_BUSINESS = new ContactedCustomer("US", CHICAGO, false);

  final ContactPolicy policy = policy(3);

  static ContactPolicy policy(int maxPerWeek) {
    var settings = new ContactSettings(LocalTime.of(8, 0), LocalTime.of(20, 0), maxPerWeek, Map.of());
    return new ContactPolicy(
        new ContactCalendar(settings, new PublicHolidays(settings.holidayRegions())), maxPerWeek);
  }

  static Instant berlin(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(BERLIN).toInstant();
  }

  static Instant chicago(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(CHICAGO).toInstant();
  }

  static ContactHistory contacts(Instant... at) {
    return new ContactHistory(List.of(at), List.of(), List.of());
  }

  @Test
  void aContactWithinTheRulesGoesNow() {
    ContactMoment moment =
        policy.firstAllowed(berlin(3, 10, 10), GERMAN, false, contacts(berlin(3, 9, 10)));
    assertThat(moment.at()).isEqualTo(berlin(3, 10, 10));
    assertThat(moment.isDeferred()).isFalse();
  }

  @Test
  void aNoticeOutsideTheLadderKeepsDaysAndHoursOnly() {
    // Thursday 21:30: Friday 08:00.
    ContactMoment evening = policy.firstContactHour(
        LocalDateTime.of(2026, 3, 12, 21, 30).atZone(BERLIN).toInstant(), GERMAN);
    assertThat(evening.at()).isEqualTo(berlin(3, 13, 8));
    assertThat(evening.deferredBecause())
        .containsExactly("outside contact hours 08:00-20:00 Europe/Berlin");
    // Tag der Deutschen Einheit, Friday 3 October 2025: Monday 08:00.
    ContactMoment holiday = policy.firstContactHour(
        LocalDateTime.of(2025, 10, 3, 10, 0).atZone(BERLIN).toInstant(), GERMAN);
    assertThat(holiday.at())
        .isEqualTo(LocalDateTime.of(2025, 10, 6, 8, 0).atZone(BERLIN).toInstant());
    assertThat(holiday.deferredBecause())
        .containsExactly("2025-10-03 is a weekend day or public holiday in DE");
    // Within hours on a working day: now, however many contacts there were this week.
    assertThat(policy.firstContactHour(berlin(3, 12, 10), GERMAN).isDeferred()).isFalse();
  }

  @Test
  void aFourthContactInSevenDaysWaitsUntilTheOldestIsAWeekOld() {
    // Monday, Tuesday and Wednesday 9-11 March 2026: the Thursday contact waits to Monday 16.
    var history = contacts(berlin(3, 9, 10), berlin(3, 10, 10), berlin(3, 11, 10));
    ContactMoment moment = policy.firstAllowed(berlin(3, 12, 10), GERMAN, false, history);
    assertThat(moment.at()).isEqualTo(berlin(3, 16, 10));
    assertThat(moment.deferredBecause()).containsExactly("3 contacts in the last 7 days (at most 3)");
  }

  @Test
  void theCapCountsARollingWeekNotACalendarWeek() {
    // Thursday 5, Friday 6 and Monday 9 March; wanted Tuesday 10: two calendar weeks, one window.
    var history = contacts(berlin(3, 5, 10), berlin(3, 6, 10), berlin(3, 9, 10));
    assertThat(policy.firstAllowed(berlin(3, 10, 10), GERMAN, false, history).at())
        .isEqualTo(berlin(3, 12, 10)); // a week after the 5th
  }

  @Test
  void aCapMovedOntoAHolidayMovesOnAgain() {
    // Four contacts from Thursday 26 to Monday 30 March; wanted Tuesday 31 March: the cap frees
    // a place a week after the second, Friday 3 April, which is Good Friday; then come Easter
    // and Easter Monday, so Tuesday 7 April at 08:00.
    var history =
        contacts(berlin(3, 26, 10), berlin(3, 27, 10), berlin(3, 27, 11), berlin(3, 30, 10));
    ContactMoment moment = policy.firstAllowed(berlin(3, 31, 10), GERMAN, false, history);
    assertThat(moment.at()).isEqualTo(LocalDateTime.of(2026, 4, 7, 8, 0).atZone(BERLIN).toInstant());
    assertThat(moment.deferredBecause()).hasSize(2);
  }

  @Test
  void theCapIsConfigurable() {
    var history = contacts(berlin(3, 9, 10), berlin(3, 10, 10), berlin(3, 11, 10));
    assertThat(policy(5).firstAllowed(berlin(3, 12, 10), GERMAN, false, history).isDeferred())
        .isFalse();
    assertThat(policy(1).firstAllowed(berlin(3, 12, 10), GERMAN, false, history).at())
        .isEqualTo(berlin(3, 18, 10));
  }

  @Test
  void regulationFAllowsNoCallWithinSevenDaysOfAConversation() {
    // Spoke on Tuesday 10 March (day 1 of 7): the next call from Tuesday 17 March, 08:00 local.
    var history = new ContactHistory(List.of(), List.of(chicago(3, 10, 9)), List.of(chicago(3, 10, 9)));
    ContactMoment call = new ContactPolicy(calendar(), 10).firstAllowed(chicago(3, 16, 12), US_CONSUMER, true, history);
    assertThat(call.at()).isEqualTo(chicago(3, 17, 8));
    assertThat(call.deferredBecause()).anyMatch(r -> r.contains("1006.14(b)(2)(ii)"));
    // A notice is no call; a business is no consumer.
    assertThat(new ContactPolicy(calendar(), 10).firstAllowed(chicago(3, 16, 12), US_CONSUMER, false, history).isDeferred()).isFalse();
    assertThat(new ContactPolicy(calendar(), 10).firstAllowed(chicago(3, 16, 12), US_BUSINESS, true, history).isDeferred()).isFalse();
  }

  @Test
  void regulationFAllowsSevenCallAttemptsInSevenDaysButNotAnEighth() {
    // Unanswered attempts Monday 9 to Friday 13 March, two on Monday and Tuesday.
    List<Instant> attempts =
        List.of(
            chicago(3, 9, 9), chicago(3, 9, 15), chicago(3, 10, 9), chicago(3, 10, 15),
            chicago(3, 11, 9), chicago(3, 12, 9));
    var noCap = new ContactPolicy(calendar(), 100);
    var six = new ContactHistory(attempts, attempts, List.of());
    assertThat(noCap.firstAllowed(chicago(3, 13, 9), US_CONSUMER, true, six).isDeferred()).isFalse();

    var seven =
        new ContactHistory(
            append(attempts, chicago(3, 13, 9)), append(attempts, chicago(3, 13, 9)), List.of());
    ContactMoment eighth = noCap.firstAllowed(chicago(3, 13, 15), US_CONSUMER, true, seven);
    // The two Monday attempts leave the 7 days on Monday 16 March.
    assertThat(eighth.at()).isEqualTo(chicago(3, 16, 8));
    assertThat(eighth.deferredBecause()).anyMatch(r -> r.contains("1006.14(b)(2)(i)"));
  }

  static ContactCalendar calendar() {
    var settings = ContactSettings.defaults();
    return new ContactCalendar(settings, new PublicHolidays(settings.holidayRegions()));
  }

  static List<Instant> append(List<Instant> list, Instant one) {
    var all = new java.util.ArrayList<>(list);
    all.add(one);
    return all;
  }
}
