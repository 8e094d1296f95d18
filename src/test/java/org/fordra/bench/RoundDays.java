package org.fordra.bench;

import java.time.LocalDate;
import java.util.List;
import org.fordra.dunning.contact.ContactCalendar;

/**
 * Picks each round's registration day so that every contact step of the default schedule (7 days
 * before the due date, on it, 3, 7, 14 and 28 days after it) falls on a contact day in every
 * bench country. A step on a weekend or public holiday would be deferred by the contact rules to
 * the next contact day: a real and correct behaviour, but one more timer and gate per case in one
 * round and not in another, which would make the rounds incomparable.
 */
final class RoundDays {

  /** Days after registration of the steps that contact the customer (due date = day 14). */
  private static final List<Integer> CONTACT_STEPS = List.of(7, 14, 17, 21, 28, 42);

  private final ContactCalendar calendar;
  private final List<FordraBench.Place> places;

  RoundDays(ContactCalendar calendar, List<FordraBench.Place> places) {
    this.calendar = calendar;
    this.places = places;
  }

  /** {@code earliest} or the first day a week (or weeks) after it whose steps all fall on contact days. */
  LocalDate firstFrom(LocalDate earliest) {
    LocalDate day = earliest;
    for (int week = 0; week < 52; week++, day = day.plusWeeks(1)) {
      if (allContactDays(day)) {
        return day;
      }
    }
    throw new IllegalStateException("no round day within a year after " + earliest);
  }

  private boolean allContactDays(LocalDate registered) {
    for (int offset : CONTACT_STEPS) {
      for (FordraBench.Place place : places) {
        if (!calendar.isContactDay(registered.plusDays(offset), place.country())) {
          return false;
        }
      }
    }
    return true;
  }
}
