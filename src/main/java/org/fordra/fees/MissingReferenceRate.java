package org.fordra.fees;

import java.time.LocalDate;

/**
 * A rate the law needs is not in {@code fees/reference-rates.csv}. Thrown, never replaced by zero:
 * in a process step it fails the job, which becomes an incident a person resolves by adding the
 * published rate.
 */
public class MissingReferenceRate extends RuntimeException {

  private final String series;
  private final LocalDate day;

  public MissingReferenceRate(String series, LocalDate day) {
    super("no " + series + " rate for " + day + " in fees/reference-rates.csv: add the published"
        + " rate for that half-year");
    this.series = series;
    this.day = day;
  }

  /** The series whose rate is missing, e.g. {@code DE_BASISZINSSATZ}. */
  public String series() {
    return series;
  }

  /** The first day that needed it. */
  public LocalDate day() {
    return day;
  }
}
