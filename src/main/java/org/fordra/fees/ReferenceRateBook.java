package org.fordra.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.PlausibleDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a published half-year's rate gets into Fordra after a release: a manager's
 * {@code POST /api/reference-rates}, the form on the reference-rates page and the rate updater
 * all come through here. Every statutory series changes on 1 January and 1 July (räntelagen 9 §,
 * § 247 BGB, art. 6:120 BW, forsinkelsesrenteloven § 3, SI 2002/1675), so a rate is added for
 * exactly one half-year, and a half-year Fordra already has is never changed.
 *
 * <p>The rate, the cleared entry of the missing-rates list and the retried steps are one
 * transaction: the rate exists, and is used, only once that commits ({@link RatesAddedLater}).
 */
@Component
public class ReferenceRateBook {

  /** NOK, not percent: the fixed compensation of forsinkelsesrenteloven § 3a. */
  static final String AMOUNT_SERIES_SUFFIX = "_STANDARDKOMPENSASJON";

  /** A rate as it was added, by whom and with what it set going. */
  public record Added(ReferenceRates.Rate rate, String addedBy, java.time.Instant addedAt,
      CasesResumed resumed) {}

  private final ReferenceRates rates;
  private final RatesAddedLater addedLater;
  private final AddedReferenceRateRepository repository;
  private final MissingRateIncidents incidents;
  private final MissingRates missing;
  private final Clock clock;

  ReferenceRateBook(
      ReferenceRates rates,
      RatesAddedLater addedLater,
      AddedReferenceRateRepository repository,
      MissingRateIncidents incidents,
      MissingRates missing,
      Clock clock) {
    this.rates = rates;
    this.addedLater = addedLater;
    this.repository = repository;
    this.incidents = incidents;
    this.missing = missing;
    this.clock = clock;
  }

  /**
   * A rate as entered, checked field by field ({@link InvalidField} names each wrong field and
   * why); {@code validTo} may be left out.
   */
  public ReferenceRates.Rate checked(
      String series, LocalDate validFrom, LocalDate validTo, BigDecimal rate, String source) {
    List<InvalidField.FieldError> errors = new ArrayList<>();
    String name = series == null ? "" : series.trim();
    if (name.isEmpty()) {
      errors.add(new InvalidField.FieldError("series", "must not be blank"));
    } else if (!rates.series().contains(name)) {
      errors.add(new InvalidField.FieldError("series", "'" + series
          + "' is not a series Fordra uses; one of " + String.join(", ", rates.series())));
    }
    LocalDate end = null;
    if (validFrom == null) {
      errors.add(new InvalidField.FieldError("validFrom", "must not be null"));
    } else {
      MonthDay start = MonthDay.from(validFrom);
      boolean halfYearStart = start.equals(MonthDay.of(1, 1)) || start.equals(MonthDay.of(7, 1));
      end = halfYearStart ? validFrom.plusMonths(6).minusDays(1) : null;
      if (!halfYearStart) {
        errors.add(new InvalidField.FieldError("validFrom",
            "must be 1 January or 1 July: the rates are fixed for each half-year"));
      } else if (validTo != null && !validTo.equals(end)) {
        errors.add(new InvalidField.FieldError("validTo", "must be " + end
            + ", the last day of the half-year that starts on " + validFrom + " (or left out)"));
      }
      LocalDate today = LocalDate.now(clock);
      LocalDate nextHalfYear = ReferenceRates.halfYearStart(today).plusMonths(6);
      if (validFrom.isBefore(PlausibleDates.EARLIEST)) {
        errors.add(new InvalidField.FieldError("validFrom", PlausibleDates.reason(today)));
      } else if (validFrom.isAfter(nextHalfYear)) {
        errors.add(new InvalidField.FieldError("validFrom",
            "is too far ahead: a rate is published shortly before its half-year, the next starts "
                + nextHalfYear));
      }
    }
    boolean amount = name.endsWith(AMOUNT_SERIES_SUFFIX);
    if (rate == null) {
      errors.add(new InvalidField.FieldError("rate", "must not be null"));
    } else {
      BigDecimal max = amount ? new BigDecimal("10000") : new BigDecimal("100");
      BigDecimal min = amount ? BigDecimal.ZERO : new BigDecimal("-10");
      int scale = amount ? 2 : 4;
      if (rate.compareTo(min) < 0 || rate.compareTo(max) > 0
          || rate.stripTrailingZeros().scale() > scale) {
        errors.add(new InvalidField.FieldError("rate", amount
            ? "must be an amount in NOK from 0 to 10000 with at most 2 decimals"
            : "must be a yearly percentage from -10 to 100 with at most 4 decimals"));
      }
    }
    String published = source == null ? "" : source.trim();
    if (published.isEmpty()) {
      errors.add(new InvalidField.FieldError("source", "must name where the rate was published"));
    } else if (published.length() > 500) {
      errors.add(new InvalidField.FieldError("source", "must be at most 500 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidField(errors);
    }
    return new ReferenceRates.Rate(name, validFrom, end, rate, published);
  }

  /** Whether Fordra has a rate of the series for some day of the half-year already. */
  @Transactional(readOnly = true)
  public boolean has(String series, LocalDate from, LocalDate to) {
    return rates.fileCovers(series, from, to)
        || repository.existsBySeriesAndValidFrom(series, from);
  }

  /**
   * Stores a checked rate ({@link Conflict} if Fordra has that half-year already), clears it from
   * the missing rates and retries every step that failed for want of it.
   */
  @Transactional
  public Added add(ReferenceRates.Rate rate, String addedBy) {
    if (has(rate.series(), rate.from(), rate.to())) {
      throw new Conflict(
          "Fordra already has a " + rate.series() + " rate for " + rate.from() + " to " + rate.to()
              + "; a published rate is not changed here.");
    }
    AddedReferenceRate saved =
        repository.saveAndFlush(new AddedReferenceRate(rate, addedBy, clock.instant()));
    addedLater.addedInThisTransaction();
    missing.covered(rate);
    CasesResumed resumed = incidents.resumeCasesWaitingFor(rate);
    return new Added(saved.rate(), saved.addedBy(), saved.addedAt(), resumed);
  }

  /** Every rate known, the file's and those added since, with who added them. */
  @Transactional(readOnly = true)
  public List<Listed> all() {
    List<AddedReferenceRate> added = repository.findAllByOrderBySeriesAscValidFromAsc();
    List<Listed> listed = new ArrayList<>();
    for (ReferenceRates.Rate r : rates.all()) {
      listed.add(
          added.stream()
              .filter(a -> a.rate().series().equals(r.series()) && a.rate().from().equals(r.from()))
              .findFirst()
              .map(a -> new Listed(a.rate(), "ADDED", a.addedBy(), a.addedAt()))
              .orElse(new Listed(r, "FILE", null, null)));
    }
    return listed;
  }

  /** A rate and where it came from: {@code FILE} (this release) or {@code ADDED} since. */
  public record Listed(
      ReferenceRates.Rate rate, String origin, String addedBy, java.time.Instant addedAt) {}
}
