package org.fordra.fees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.fordra.audit.AuditTrail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference rates Fordra knows, the ones it needed and does not have, and a manager's way to
 * add a half-year's rate once it is published, without waiting for a release
 * ({@link ReferenceRateBook}). Cases that stopped on the missing rate go on at once.
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

    static ReferenceRateView of(ReferenceRateBook.Listed listed) {
      ReferenceRates.Rate r = listed.rate();
      return new ReferenceRateView(
          r.series(), r.from(), r.to(), r.percent().toPlainString(), r.source(), listed.origin(),
          listed.addedBy(), listed.addedAt());
    }
  }

  record RateAdded(ReferenceRateView rate, CasesResumed resumed) {}

  private final ReferenceRateBook book;
  private final MissingRates missing;
  private final AuditTrail audit;

  ReferenceRateController(ReferenceRateBook book, MissingRates missing, AuditTrail audit) {
    this.book = book;
    this.missing = missing;
    this.audit = audit;
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/reference-rates")
  List<ReferenceRateView> all() {
    return book.all().stream().map(ReferenceRateView::of).toList();
  }

  /** The rates Fordra needed and does not have: one entry per series and half-year. */
  @GetMapping("/api/reference-rates/missing")
  @ApiFor(Staff.ANY_STAFF)
  List<MissingRates.Missing> missing() {
    return missing.all();
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping("/api/reference-rates")
  ResponseEntity<RateAdded> add(@Valid @RequestBody NewReferenceRate request) {
    ReferenceRates.Rate rate =
        book.checked(
            request.series(), request.validFrom(), request.validTo(), request.rate(),
            request.source());
    ReferenceRateBook.Added added = book.add(rate, audit.currentActor());
    return ResponseEntity.created(URI.create("/api/reference-rates"))
        .body(
            new RateAdded(
                ReferenceRateView.of(
                    new ReferenceRateBook.Listed(
                        added.rate(), "ADDED", added.addedBy(), added.addedAt())),
                added.resumed()));
  }
}
