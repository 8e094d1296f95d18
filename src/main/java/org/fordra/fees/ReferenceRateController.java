package org.fordra.fees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.PlausibleDates;
import org.fordra.api.Staff;
import org.fordra.audit.AuditTrail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference rates Fordra knows, and a manager's way to add a half-year's rate once it is
 * published, without waiting for a release. Every statutory series changes on 1 January and
 * 1 July (räntelagen 9 §, § 247 BGB, art. 6:120 BW, forsinkelsesrenteloven § 3, SI 2002/1675), so
 * a rate is added for exactly one half-year. Cases that stopped on the missing rate go on at once.
 */
@RestController
class ReferenceRateController {

  record NewReferenceRate(
      @NotBlank String series,
      @NotNull LocalDate validFrom,
      LocalDate validTo,
      @NotNull BigDecimal rate,
      @NotBlank @Size(max = 500) String source) {}

  record ReferenceRateView(
      String series,
      LocalDate validFrom,
      LocalDate validTo,
      String rate,
      String source,
      String origin,
      String addedBy,
      Instant addedAt) {

    static ReferenceRateView ofFile(ReferenceRates.Rate r) {
      return new ReferenceRateView(
          r.series(), r.from(), r.to(), r.percent().toPlainString(), r.source(), "FILE", null, null);
    }

    static ReferenceRateView ofAdded(AddedReferenceRate added) {
      ReferenceRates.Rate r = added.rate();
      return new ReferenceRateView(
          r.series(), r.from(), r.to(), r.percent().toPlainString(), r.source(), "ADDED",
          added.addedBy(), added.addedAt());
    }
  }

  record RateAdded(ReferenceRateView rate, CasesResumed resumed) {}

  /** NOK, not percent: the fixed compensation of forsinkelsesrenteloven § 3a. */
  static final String AMOUNT_SERIES_SUFFIX = "_STANDARDKOMPENSASJON";

  private final ReferenceRates rates;
  private final RatesAddedLater addedLater;
  private final AddedReferenceRateRepository repository;
  private final MissingRateIncidents incidents;
  private final AuditTrail audit;
  private final Clock clock;

  ReferenceRateController(
      ReferenceRates rates,
      RatesAddedLater addedLater,
      AddedReferenceRateRepository repository,
      MissingRateIncidents incidents,
      AuditTrail audit,
      Clock clock) {
    this.rates = rates;
    this.addedLater = addedLater;
    this.repository = repository;
    this.incidents = incidents;
    this.audit = audit;
    this.clock = clock;
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/reference-rates")
  @Transactional(readOnly = true)
  List<ReferenceRateView> all() {
    List<ReferenceRateView> views = new ArrayList<>();
    List<ReferenceRates.Rate> everything = rates.all();
    List<AddedReferenceRate> added = repository.findAllByOrderBySeriesAscValidFromAsc();
    for (ReferenceRates.Rate r : everything) {
      views.add(
          added.stream()
              .filter(a -> a.rate().series().equals(r.series()) && a.rate().from().equals(r.from()))
              .findFirst()
              .map(ReferenceRateView::ofAdded)
              .orElse(ReferenceRateView.ofFile(r)));
    }
    return views;
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping("/api/reference-rates")
  @Transactional
  ResponseEntity<RateAdded> add(@Valid @RequestBody NewReferenceRate request) {
    ReferenceRates.Rate rate = checked(request);
    if (rates.fileCovers(rate.series(), rate.from(), rate.to())
        || repository.findAllByOrderBySeriesAscValidFromAsc().stream()
            .anyMatch(a -> a.rate().series().equals(rate.series()) && a.rate().from().equals(rate.from()))) {
      throw new Conflict(
          "Fordra already has a " + rate.series() + " rate for " + rate.from() + " to " + rate.to()
              + "; a published rate is not changed here.");
    }
    AddedReferenceRate saved =
        repository.saveAndFlush(new AddedReferenceRate(rate, audit.currentActor(), clock.instant()));
    addedLater.forget();
    // Other transactions may have read the table meanwhile: forget again once this one is seen.
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            addedLater.forget();
          }
        });
    CasesResumed resumed = incidents.resumeCasesWaitingFor(rate);
    return ResponseEntity.created(URI.create("/api/reference-rates"))
        .body(new RateAdded(ReferenceRateView.ofAdded(saved), resumed));
  }

  private ReferenceRates.Rate checked(NewReferenceRate request) {
    List<InvalidField.FieldError> errors = new ArrayList<>();
    String series = request.series().trim();
    if (!rates.series().contains(series)) {
      errors.add(new InvalidField.FieldError("series", "'" + request.series()
          + "' is not a series Fordra uses; one of " + String.join(", ", rates.series())));
    }
    LocalDate from = request.validFrom();
    MonthDay start = MonthDay.from(from);
    boolean halfYearStart = start.equals(MonthDay.of(1, 1)) || start.equals(MonthDay.of(7, 1));
    LocalDate end = halfYearStart ? from.plusMonths(6).minusDays(1) : null;
    if (!halfYearStart) {
      errors.add(new InvalidField.FieldError("validFrom",
          "must be 1 January or 1 July: the rates are fixed for each half-year"));
    } else if (request.validTo() != null && !request.validTo().equals(end)) {
      errors.add(new InvalidField.FieldError("validTo", "must be " + end
          + ", the last day of the half-year that starts on " + from + " (or left out)"));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate nextHalfYear =
        LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 7 : 1, 1)
            .plusYears(today.getMonthValue() <= 6 ? 0 : 1);
    if (from.isBefore(PlausibleDates.EARLIEST)) {
      errors.add(new InvalidField.FieldError("validFrom", PlausibleDates.reason(today)));
    } else if (from.isAfter(nextHalfYear)) {
      errors.add(new InvalidField.FieldError("validFrom",
          "is too far ahead: a rate is published shortly before its half-year, the next starts "
              + nextHalfYear));
    }
    BigDecimal value = request.rate();
    boolean amount = series.endsWith(AMOUNT_SERIES_SUFFIX);
    BigDecimal max = amount ? new BigDecimal("10000") : new BigDecimal("100");
    BigDecimal min = amount ? BigDecimal.ZERO : new BigDecimal("-10");
    int scale = amount ? 2 : 4;
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0
        || value.stripTrailingZeros().scale() > scale) {
      errors.add(new InvalidField.FieldError("rate", amount
          ? "must be an amount in NOK from 0 to 10000 with at most 2 decimals"
          : "must be a yearly percentage from -10 to 100 with at most 4 decimals"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidField(errors);
    }
    return new ReferenceRates.Rate(series, from, end, value, request.source().trim());
  }
}
