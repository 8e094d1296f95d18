package org.fordra.dunning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When on a given day a customer may be contacted: steps fall due at the start of the customer's
 * business morning in their own time zone, not at midnight on the creditor's server.
 */
@Component
public class ContactHours {

  private final LocalTime start;
  private final Clock clock;

  ContactHours(@Value("${fordra.contact.start:09:00}") LocalTime start, Clock clock) {
    this.start = start;
    this.clock = clock;
  }

  public Date on(LocalDate day, ZoneId customerZone) {
    return Date.from(day.atTime(start).atZone(customerZone).toInstant());
  }

  /** Today as the customer sees it. */
  public LocalDate today(ZoneId customerZone) {
    return LocalDate.now(clock.withZone(customerZone));
  }

  /** A date {@code days} after the customer's today, at the start of contact hours. */
  public Date daysFromToday(int days, ZoneId customerZone) {
    return on(today(customerZone).plusDays(days), customerZone);
  }

  public LocalDate dayOf(Date moment, ZoneId customerZone) {
    return moment.toInstant().atZone(customerZone).toLocalDate();
  }
}
