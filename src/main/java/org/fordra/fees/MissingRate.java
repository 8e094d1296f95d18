package org.fordra.fees;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A half-year's reference rate that Fordra needed and did not have: one row per series and
 * half-year however many cases and notices needed it, so an operator sees one thing to do.
 */
@Entity
@Table(name = "reference_rate_missing")
class MissingRate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String series;
  private LocalDate validFrom;
  private LocalDate validTo;
  private LocalDate firstNeeded;
  private String firstInvoice;
  private int timesNeeded;
  private Instant noticedAt;
  private Instant lastNeededAt;

  protected MissingRate() {}

  MissingRate(String series, LocalDate day, String invoice, Instant now) {
    this.series = series;
    this.validFrom = ReferenceRates.halfYearStart(day);
    this.validTo = validFrom.plusMonths(6).minusDays(1);
    this.firstNeeded = day;
    this.firstInvoice = invoice;
    this.timesNeeded = 1;
    this.noticedAt = now;
    this.lastNeededAt = now;
  }

  MissingRates.Missing view() {
    return new MissingRates.Missing(
        series, validFrom, validTo, firstNeeded, firstInvoice, timesNeeded, noticedAt, lastNeededAt);
  }

  String series() {
    return series;
  }

  LocalDate validFrom() {
    return validFrom;
  }
}
