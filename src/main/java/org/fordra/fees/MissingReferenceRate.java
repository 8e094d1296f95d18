package org.fordra.fees;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fordra.api.Unavailable;

/**
 * A rate the law needs is not known to Fordra (not shipped in {@code fees/reference-rates.csv},
 * not derived from {@code fees/policy-rates.csv}, not added since). Thrown, never replaced by
 * zero: in a process step it fails the job, whose incident Cockpit can retry and which adding the
 * published rate retries ({@link ReferenceRateBook}); it is also noted once per series and
 * half-year on the list of missing rates ({@link MissingRates}).
 */
public class MissingReferenceRate extends Unavailable {

  /**
   * The incident earlier releases raised on a case for every notice that had to leave the interest
   * amount out; no longer raised (see {@link MissingRates}), still resolved when the rate comes.
   */
  public static final String INCIDENT_TYPE = "missingReferenceRate";

  /** Part of the message, so a failed job can be told apart from other failures. */
  static final String MARK = "fees/reference-rates.csv";

  private static final Pattern MESSAGE =
      Pattern.compile("no (\\S+) rate for (\\d{4}-\\d{2}-\\d{2}) in " + Pattern.quote(MARK));

  private final String series;
  private final LocalDate day;

  public MissingReferenceRate(String series, LocalDate day) {
    super(
        "Reference rate not yet published",
        "no " + series + " rate for " + day + " in " + MARK + ": add the published"
            + " rate for that half-year (POST /api/reference-rates)");
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

  /** The series and day a failure or incident message says had no rate, if it says so. */
  static Optional<MissingReferenceRate> in(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher found = MESSAGE.matcher(message);
    if (!found.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new MissingReferenceRate(found.group(1), LocalDate.parse(found.group(2))));
    } catch (DateTimeParseException notADay) {
      return Optional.empty();
    }
  }

  /** The day a failure message (say a failed job's) says {@code series} had no rate for. */
  static Optional<LocalDate> dayMissing(String message, String series) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher found = MESSAGE.matcher(message);
    while (found.find()) {
      if (found.group(1).equals(series)) {
        try {
          return Optional.of(LocalDate.parse(found.group(2)));
        } catch (DateTimeParseException notADay) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
