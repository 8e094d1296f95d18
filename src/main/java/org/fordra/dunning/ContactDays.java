package org.fordra.dunning;

import java.time.LocalDate;

/**
 * The days a customer may be contacted (no weekend, no public holiday of their country), as the
 * schedule moves a step onto one. Implemented by {@code contact.ContactCalendar}: the contact
 * rules use the process's types, the process only this.
 */
public interface ContactDays {

  /** {@code day} itself when contact is allowed on it, else the first such day after it. */
  LocalDate firstContactDayFrom(LocalDate day, String country);

  /** {@code day} itself when contact is allowed on it, else the last such day before it. */
  LocalDate lastContactDayUpTo(LocalDate day, String country);
}
