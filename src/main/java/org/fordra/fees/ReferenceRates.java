package org.fordra.fees;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The published reference rates: those read from the versioned file
 * {@code fees/reference-rates.csv} (series, valid from, valid to, rate in percent, source), those
 * the law derives from a central bank's policy rate, worked out from the decisions in
 * {@code fees/policy-rates.csv} ({@link StatutoryDerivation}), and the half-years added since
 * that release ({@link ReferenceRateBook}). A rate is looked up for the day it is needed; a day no
 * line covers is an error, never a zero.
 */
@Component
public class ReferenceRates {

  static final String FILE = "fees/reference-rates.csv";
  static final String POLICY_FILE = "fees/policy-rates.csv";

  /** One published rate and the days it is valid, both ends included. */
  public record Rate(String series, LocalDate from, LocalDate to, BigDecimal percent, String source) {
    public boolean covers(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  private final List<Rate> rates;
  private final List<Rate> policy;
  private final Supplier<List<Rate>> addedLater;

  /** The rates this release ships: the file's and those derived from the policy rates. */
  ReferenceRates() {
    this(bundled(FILE), bundled(POLICY_FILE), List::of);
  }

  /** Only the lines of {@code csv}, nothing derived. */
  ReferenceRates(InputStream csv) {
    this(csv, null, List::of);
  }

  /** The lines of {@code csv} and what the law derives from the decisions in {@code policyCsv}. */
  ReferenceRates(InputStream csv, InputStream policyCsv) {
    this(csv, policyCsv, List::of);
  }

  @Autowired
  ReferenceRates(RatesAddedLater addedLater) {
    this(bundled(FILE), bundled(POLICY_FILE), addedLater::current);
  }

  private ReferenceRates(InputStream csv, InputStream policyCsv, Supplier<List<Rate>> addedLater) {
    List<Rate> published = parse(csv, FILE);
    this.policy = policyCsv == null ? List.of() : parse(policyCsv, POLICY_FILE);
    List<Rate> all = new ArrayList<>(published);
    all.addAll(StatutoryDerivation.derive(this::policyOn, published));
    all.sort(Comparator.comparing(Rate::series).thenComparing(Rate::from));
    this.rates = all;
    this.addedLater = addedLater;
  }

  private static InputStream bundled(String file) {
    InputStream in = ReferenceRates.class.getClassLoader().getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException(file + " is missing from the classpath");
    }
    return in;
  }

  /** The policy-rate decision in force on a day, where the policy file confirms one. */
  Optional<Rate> policyOn(String series, LocalDate day) {
    return policy.stream().filter(r -> r.series().equals(series) && r.covers(day)).findFirst();
  }

  /** The first day of the half-year a day falls in (1 January or 1 July). */
  public static LocalDate halfYearStart(LocalDate day) {
    return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
  }

  /** Whether a rate of the series is known for the day (shipped or added). */
  public boolean has(String series, LocalDate day) {
    try {
      on(series, day);
      return true;
    } catch (MissingReferenceRate missing) {
      return false;
    }
  }

  public static ReferenceRates of(List<Rate> rates) {
    ReferenceRates r = new ReferenceRates(new java.io.ByteArrayInputStream(new byte[0]));
    r.rates.addAll(rates);
    return r;
  }

  /** Every rate known: the file's and those added since, by series and date. */
  public List<Rate> all() {
    return Stream.concat(rates.stream(), addedLater.get().stream())
        .sorted(Comparator.comparing(Rate::series).thenComparing(Rate::from))
        .toList();
  }

  /** The series Fordra ships rates of; a rate can only be added to one of them. */
  Set<String> series() {
    Set<String> names = new TreeSet<>();
    rates.forEach(r -> names.add(r.series()));
    if (!policy.isEmpty()) {
      names.addAll(StatutoryDerivation.SERIES);
    }
    return names;
  }

  /** Whether this release already has a rate (filed or derived) for some day of the period. */
  boolean fileCovers(String series, LocalDate from, LocalDate to) {
    return rates.stream()
        .anyMatch(
            r -> r.series().equals(series) && !r.from().isAfter(to) && !from.isAfter(r.to()));
  }

  /** The rate of a series valid on a day, or {@link MissingReferenceRate}. */
  public Rate on(String series, LocalDate day) {
    return rates.stream()
        .filter(r -> r.series().equals(series) && r.covers(day))
        .findFirst()
        .or(
            () ->
                addedLater.get().stream()
                    .filter(r -> r.series().equals(series) && r.covers(day))
                    .findFirst())
        .orElseThrow(() -> new MissingReferenceRate(series, day));
  }

  /**
   * The rates of a series over the days {@code from}..{@code to} (both included), cut where the
   * rate changes: interest over two half-years uses both rates. Every day must be covered.
   */
  public List<Span> over(String series, LocalDate from, LocalDate to) {
    List<Span> spans = new ArrayList<>();
    LocalDate day = from;
    while (!day.isAfter(to)) {
      Rate rate = on(series, day);
      LocalDate end = rate.to().isBefore(to) ? rate.to() : to;
      spans.add(new Span(day, end, rate.percent()));
      day = end.plusDays(1);
    }
    return spans;
  }

  /** Days {@code from}..{@code to}, both included, at one yearly rate in percent. */
  public record Span(LocalDate from, LocalDate to, BigDecimal percent) {
    public long days() {
      return to.toEpochDay() - from.toEpochDay() + 1;
    }
  }

  private static List<Rate> parse(InputStream csv, String file) {
    List<Rate> parsed = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] f = text.split(",", 5);
        if (f.length < 5) {
          throw new IllegalStateException(file + " line " + number + ": expected 5 fields");
        }
        Rate rate =
            new Rate(
                f[0].strip(),
                LocalDate.parse(f[1].strip()),
                LocalDate.parse(f[2].strip()),
                new BigDecimal(f[3].strip()),
                f[4].strip());
        if (rate.to().isBefore(rate.from())) {
          throw new IllegalStateException(file + " line " + number + ": ends before it starts");
        }
        for (Rate other : parsed) {
          if (other.series().equals(rate.series())
              && !other.from().isAfter(rate.to())
              && !rate.from().isAfter(other.to())) {
            throw new IllegalStateException(file + " line " + number + ": overlaps " + other);
          }
        }
        parsed.add(rate);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parsed.sort(Comparator.comparing(Rate::series).thenComparing(Rate::from));
    return parsed;
  }
}
