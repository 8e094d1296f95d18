package org.fordra.fees;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rate series as its publisher serves it, read into dated observations: the ECB Data Portal and
 * the Bundesbank as SDMX-CSV, the Riksbank's SWEA API as JSON, the Bank of England's interactive
 * database as CSV. Parsing only; {@link RateUpdater} fetches.
 */
final class PublishedSeries {

  /** One published value of a series on a day. */
  record Observation(LocalDate day, BigDecimal value) {}

  /**
   * A series' observations, oldest first, where they came from, and the last day they vouch for:
   * the last observation's day, or a few days before they were fetched (a series of the dates of
   * change, like the ECB's, has no observation between changes; a publisher may lag a day or two).
   */
  record Observations(String series, String publisher, List<Observation> values, LocalDate knownThrough) {

    /** Days a publisher may take to show a change that took effect: not vouched for yet. */
    static final int LAG_DAYS = 3;

    Observations fetchedOn(LocalDate day) {
      LocalDate vouched = day.minusDays(LAG_DAYS);
      return new Observations(series, publisher, values,
          knownThrough != null && knownThrough.isAfter(vouched) ? knownThrough : vouched);
    }

    /**
     * The value in force on {@code day}: the latest observation on or before it, if the data
     * vouch for that day.
     */
    Optional<Observation> on(LocalDate day) {
      if (values.isEmpty() || knownThrough == null || knownThrough.isBefore(day)) {
        return Optional.empty();
      }
      Observation found = null;
      for (Observation o : values) {
        if (o.day().isAfter(day)) {
          break;
        }
        found = o;
      }
      return Optional.ofNullable(found);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter BOE_DAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

  private PublishedSeries() {}

  /**
   * SDMX-CSV (ECB Data Portal {@code format=csvdata}, Bundesbank {@code format=sdmx_csv}): a header
   * row naming the columns, of which {@code TIME_PERIOD} and {@code OBS_VALUE} are read. A period
   * may be a day ({@code 2026-07-01}) or a month ({@code 2026-07}: its first day).
   */
  static Observations sdmxCsv(String series, String publisher, String body) throws IOException {
    List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      throw new IOException(publisher + ": empty answer");
    }
    List<String> header = cells(lines.get(0));
    int period = header.indexOf("TIME_PERIOD");
    int value = header.indexOf("OBS_VALUE");
    if (period < 0 || value < 0) {
      throw new IOException(publisher + ": no TIME_PERIOD and OBS_VALUE columns in " + header);
    }
    List<Observation> values = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = cells(line);
      if (row.size() <= Math.max(period, value) || row.get(value).isBlank()) {
        continue;
      }
      values.add(new Observation(day(row.get(period), publisher), number(row.get(value), publisher)));
    }
    return sorted(series, publisher, values);
  }

  /** Riksbank SWEA {@code /Observations/{series}/{from}}: {@code [{"date": "...", "value": 1.75}]}. */
  static Observations swea(String series, String publisher, String body) throws IOException {
    JsonNode root = JSON.readTree(body);
    if (root == null || !root.isArray()) {
      throw new IOException(publisher + ": expected a JSON array of observations");
    }
    List<Observation> values = new ArrayList<>();
    for (JsonNode o : root) {
      if (!o.hasNonNull("date") || !o.hasNonNull("value")) {
        continue;
      }
      values.add(new Observation(day(o.get("date").asText(), publisher),
          number(o.get("value").asText(), publisher)));
    }
    return sorted(series, publisher, values);
  }

  /** Bank of England IADB CSV ({@code CSVF=TN}): {@code DATE,IUDBEDR} then {@code 18 Dec 2025,3.75}. */
  static Observations iadbCsv(String series, String publisher, String body) throws IOException {
    List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty() || !cells(lines.get(0)).get(0).equalsIgnoreCase("DATE")) {
      throw new IOException(publisher + ": expected a DATE column first");
    }
    List<Observation> values = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = cells(line);
      if (row.size() < 2 || row.get(1).isBlank()) {
        continue;
      }
      LocalDate day;
      try {
        day = LocalDate.parse(row.get(0).trim(), BOE_DAY);
      } catch (DateTimeParseException e) {
        throw new IOException(publisher + ": '" + row.get(0) + "' is not a day");
      }
      values.add(new Observation(day, number(row.get(1), publisher)));
    }
    return sorted(series, publisher, values);
  }

  private static Observations sorted(String series, String publisher, List<Observation> values) {
    values.sort(Comparator.comparing(Observation::day));
    return new Observations(series, publisher, List.copyOf(values),
        values.isEmpty() ? null : values.get(values.size() - 1).day());
  }

  private static LocalDate day(String text, String publisher) throws IOException {
    String t = text.trim();
    try {
      if (t.matches("\\d{4}-S[12]")) {
        return LocalDate.of(Integer.parseInt(t.substring(0, 4)), t.endsWith("1") ? 1 : 7, 1);
      }
      return t.length() == 7 ? YearMonth.parse(t).atDay(1) : LocalDate.parse(t.substring(0, 10));
    } catch (RuntimeException e) {
      throw new IOException(publisher + ": '" + text + "' is not a period");
    }
  }

  private static BigDecimal number(String text, String publisher) throws IOException {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IOException(publisher + ": '" + text + "' is not a number");
    }
  }

  /** One CSV row's cells; quoted cells may hold commas. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }
}
