package org.fordra.dunning.contact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the first moment a customer may be contacted: on a contact day within contact hours
 * ({@link ContactCalendar}), no more than the weekly cap of contacts in any 7 days, and for a call
 * to a US consumer within Regulation F's call frequency limits, and for a call to a Massachusetts
 * consumer within 940 CMR 7.04(1)(f)'s two calls in seven days. Every rule can only push the
 * moment later, so the rules are applied again until none moves it.
 */
public class ContactPolicy {

  static final Duration WEEK = Duration.ofDays(7);

  /** 12 CFR 1006.14(b)(2)(i): more than seven calls within seven consecutive days is harassment. */
  static final int REG_F_MAX_CALLS_IN_7_DAYS = 7;

  /**
   * 940 CMR 7.04(1)(f): a creditor may not initiate more than two communications by telephone
   * (calls, texts, recorded messages) in each seven-day period to a Massachusetts debtor's
   * residence, cell or other personal phone.
   */
  static final int MA_MAX_CALLS_IN_7_DAYS = 2;

  private final ContactCalendar calendar;
  private final int maxPerWeek;

  public ContactPolicy(ContactCalendar calendar, int maxPerWeek) {
    this.calendar = calendar;
    this.maxPerWeek = maxPerWeek;
  }

  public ContactMoment firstAllowed(
      Instant wanted, ContactedCustomer customer, boolean call, ContactHistory history) {
    Set<String> reasons = new LinkedHashSet<>();
    Instant at = wanted;
    for (int round = 0; round < 1000; round++) {
      Instant before = at;
      at = calendarAllows(at, customer, reasons);
      if (call && customer.underRegulationF()) {
        at = regulationFAllows(at, customer.zone(), history, reasons);
      }
      if (call && customer.underMassachusettsRules()) {
        at = massachusettsAllows(at, history.callAttempts(), reasons);
      }
      at = weeklyCapAllows(at, history.contacts(), reasons);
      if (at.equals(before)) {
        return new ContactMoment(at, new ArrayList<>(reasons));
      }
    }
    throw new IllegalStateException("no allowed contact moment found after " + wanted);
  }

  /**
   * The first moment on a contact day within contact hours, the weekly cap aside: for the notices
   * outside the ladder ({@link NoticeHours}), which answer the customer or carry a deadline.
   */
  public ContactMoment firstContactHour(Instant wanted, ContactedCustomer customer) {
    Set<String> reasons = new LinkedHashSet<>();
    Instant at = calendarAllows(wanted, customer, reasons);
    return new ContactMoment(at, new ArrayList<>(reasons));
  }

  private Instant calendarAllows(Instant at, ContactedCustomer customer, Set<String> reasons) {
    Instant allowed = calendar.nextAllowedMoment(at, customer);
    if (!allowed.equals(at)) {
      LocalDate day = at.atZone(customer.zone()).toLocalDate();
      reasons.add(
          calendar.isContactDay(day, customer.country())
              ? "outside contact hours "
                  + calendar.earliest(customer)
                  + "-"
                  + calendar.latest(customer)
                  + " "
                  + customer.zone()
              : day + " is a weekend day or public holiday in " + customer.country());
    }
    return allowed;
  }

  /**
   * At most {@code maxPerWeek} contacts in any 7 days, counting this one: when the window before
   * {@code at} is full, wait until enough of its oldest contacts are 7 days old.
   */
  private Instant weeklyCapAllows(Instant at, List<Instant> contacts, Set<String> reasons) {
    List<Instant> inWindow =
        contacts.stream().filter(c -> c.isAfter(at.minus(WEEK)) && !c.isAfter(at)).sorted().toList();
    int tooMany = inWindow.size() - (maxPerWeek - 1);
    if (tooMany <= 0) {
      return at;
    }
    reasons.add(inWindow.size() + " contacts in the last 7 days (at most " + maxPerWeek + ")");
    return inWindow.get(tooMany - 1).plus(WEEK);
  }

  /**
   * Regulation F, 12 CFR 1006.14(b)(2): no call after seven calls within seven consecutive days,
   * and none within seven days after a telephone conversation, the day of the conversation being
   * the first of the seven. Counted per customer across all their invoices, which is stricter
   * than the regulation's per-debt count.
   */
  private Instant regulationFAllows(
      Instant at, ZoneId zone, ContactHistory history, Set<String> reasons) {
    LocalDate day = at.atZone(zone).toLocalDate();
    LocalDate allowedFrom = day;
    for (Instant talk : history.conversations()) {
      LocalDate talked = talk.atZone(zone).toLocalDate();
      if (!talked.isAfter(day) && talked.plusDays(7).isAfter(day)) {
        reasons.add(
            "telephone conversation on " + talked + " (12 CFR 1006.14(b)(2)(ii): 7 days' rest)");
        allowedFrom = max(allowedFrom, talked.plusDays(7));
      }
    }
    List<LocalDate> attempts =
        history.callAttempts().stream()
            .map(a -> a.atZone(zone).toLocalDate())
            .filter(d -> !d.isAfter(day) && d.isAfter(day.minusDays(7)))
            .sorted()
            .toList();
    int tooMany = attempts.size() - (REG_F_MAX_CALLS_IN_7_DAYS - 1);
    if (tooMany > 0) {
      reasons.add(
          attempts.size() + " call attempts in 7 days (12 CFR 1006.14(b)(2)(i): at most 7)");
      allowedFrom = max(allowedFrom, attempts.get(tooMany - 1).plusDays(7));
    }
    return allowedFrom.equals(day) ? at : allowedFrom.atStartOfDay(zone).toInstant();
  }

  /**
   * 940 CMR 7.04(1)(f): no third call initiated within seven days. Counted per customer across
   * all their invoices (stricter than the regulation's per-debt count), over any 7 x 24 hours:
   * with two calls in the window before {@code at}, the next waits until the older one is seven
   * days old.
   */
  private static Instant massachusettsAllows(
      Instant at, List<Instant> callAttempts, Set<String> reasons) {
    List<Instant> inWindow =
        callAttempts.stream()
            .filter(c -> c.isAfter(at.minus(WEEK)) && !c.isAfter(at))
            .sorted()
            .toList();
    int tooMany = inWindow.size() - (MA_MAX_CALLS_IN_7_DAYS - 1);
    if (tooMany <= 0) {
      return at;
    }
    reasons.add(inWindow.size()
        + " calls initiated in the last 7 days (940 CMR 7.04(1)(f): at most 2 in 7 days)");
    return inWindow.get(tooMany - 1).plus(WEEK);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
