package org.fordra.dunning.contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.fordra.dunning.ContactDays;
import org.fordra.time.PublicHolidays;

/**
 * The days and hours a customer may be contacted: not on a weekend, not on a public holiday of
 * their country, and only between the configured hours in their own time zone. A contact that
 * falls outside moves to the next allowed moment; it is never dropped.
 */
public class ContactCalendar implements ContactDays {

  /**
   * Regulation F, 12 CFR 1006.6(b)(1)(i): before 8:00 a.m. and after 9:00 p.m. local time is
   * presumed inconvenient for a consumer. Configuration may be stricter, never wider.
   */
  static final LocalTime REG_F_EARLIEST = LocalTime.of(8, 0);

  static final LocalTime REG_F_LATEST = LocalTime.of(21, 0);

  private final ContactSettings settings;
  private final PublicHolidays holidays;

  public ContactCalendar(ContactSettings settings, PublicHolidays holidays) {
    this.settings = settings;
    this.holidays = holidays;
  }

  public boolean isContactDay(LocalDate day, String country) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !holidays.isHoliday(day, country);
  }

  @Override
  public LocalDate firstContactDayFrom(LocalDate day, String country) {
    LocalDate candidate = day;
    // Even Christmas to New Year leaves a working day within a fortnight; a bound guards a bad calendar.
    for (int i = 0; i < 60; i++, candidate = candidate.plusDays(1)) {
      if (isContactDay(candidate, country)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no contact day within 60 days from " + day + " in " + country);
  }

  @Override
  public LocalDate lastContactDayUpTo(LocalDate day, String country) {
    LocalDate candidate = day;
    for (int i = 0; i < 60; i++, candidate = candidate.minusDays(1)) {
      if (isContactDay(candidate, country)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no contact day within 60 days before " + day + " in " + country);
  }

  public LocalTime earliest(ContactedCustomer customer) {
    return customer.underRegulationF() && settings.earliest().isBefore(REG_F_EARLIEST)
        ? REG_F_EARLIEST
        : settings.earliest();
  }

  public LocalTime latest(ContactedCustomer customer) {
    return customer.underRegulationF() && settings.latest().isAfter(REG_F_LATEST)
        ? REG_F_LATEST
        : settings.latest();
  }

  /** {@code moment} itself when it is an allowed moment, else the next one. */
  public Instant nextAllowedMoment(Instant moment, ContactedCustomer customer) {
    ZonedDateTime local = moment.atZone(customer.zone());
    LocalDate day = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    LocalTime earliest = earliest(customer);
    if (isContactDay(day, customer.country())) {
      if (time.isBefore(earliest)) {
        return day.atTime(earliest).atZone(customer.zone()).toInstant();
      }
      if (time.isBefore(latest(customer))) {
        return moment;
      }
    }
    LocalDate next = firstContactDayFrom(day.plusDays(1), customer.country());
    return next.atTime(earliest).atZone(customer.zone()).toInstant();
  }
}
