package org.fordra.reporting;

import java.time.LocalDate;

/**
 * How far past its due date an invoice is on the report's day. An invoice due on that day is
 * not yet late: it is "current", as is everything due later.
 */
public enum AgingBucket {
  CURRENT("current", "Current", Integer.MIN_VALUE, 0),
  DAYS_1_TO_30("days1to30", "1–30 days", 1, 30),
  DAYS_31_TO_60("days31to60", "31–60 days", 31, 60),
  DAYS_61_TO_90("days61to90", "61–90 days", 61, 90),
  OVER_90("over90", "Over 90 days", 91, Integer.MAX_VALUE);

  private final String key;
  private final String label;
  private final int fromDays;
  private final int toDays;

  AgingBucket(String key, String label, int fromDays, int toDays) {
    this.key = key;
    this.label = label;
    this.fromDays = fromDays;
    this.toDays = toDays;
  }

  /** The name in the API's JSON and CSV, and in the page's links. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The earliest due date that still falls in this bucket on {@code asOf}, if bounded. */
  LocalDate dueOnOrAfter(LocalDate asOf) {
    return toDays == Integer.MAX_VALUE ? LocalDate.of(1, 1, 1) : asOf.minusDays(toDays);
  }

  /** The latest due date that falls in this bucket on {@code asOf}, if bounded. */
  LocalDate dueOnOrBefore(LocalDate asOf) {
    return fromDays == Integer.MIN_VALUE ? LocalDate.of(9999, 12, 31) : asOf.minusDays(fromDays);
  }

  public static AgingBucket byKey(String key) {
    for (AgingBucket bucket : values()) {
      if (bucket.key.equals(key)) {
        return bucket;
      }
    }
    throw new IllegalArgumentException("no aging bucket " + key);
  }
}
