package org.fordra.breathingspace;

import java.time.LocalDate;

/**
 * The days a moratorium protects the debtor: {@code from} included, {@code until} excluded (the
 * first day the debt is no longer protected).
 */
public record Respite(LocalDate from, LocalDate until) {

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && day.isBefore(until);
  }
}
