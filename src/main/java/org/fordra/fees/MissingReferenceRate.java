package org.fordra.fees;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate the law needs is not in {@code fees/reference-rates.csv}. Thrown, never replaced by zero:
 * in a process step it fails the job, which becomes an incident a person resolves by adding the
 * published rate ({@link ReferenceRateController}).
 */
public class MissingReferenceRate extends RuntimeException {

  /** The incident a notice raises on its case when it had to leave the interest amount out. */
  public static final String INCIDENT_TYPE = "missingReferenceRate";

  /** Part of the message, so a failed job can be told apart from other failures. */
  static final String MARK = "fees/reference-rates.csv";

  private static final Pattern MESSAGE =
      Pattern.compile("no (\\S+) rate for (\\d{4}-\\d{2}-\\d{2}) in " + Pattern.quote(MARK));

  private final String series;
  private final LocalDate day;

  public MissingReferenceRate(String series, LocalDate day) {
    super("no " + series + " rate for " + day + " in " + MARK + ": add the published"
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
