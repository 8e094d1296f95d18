package org.fordra.fees;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A half-year's reference rate a manager added after the release that ships the rate file, with
 * its published source and who added it when.
 */
@Entity
@Table(name = "reference_rate_added")
class AddedReferenceRate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String series;
  private LocalDate validFrom;
  private LocalDate validTo;
  private BigDecimal percent;
  private String source;
  private String addedBy;
  private Instant addedAt;

  protected AddedReferenceRate() {}

  AddedReferenceRate(ReferenceRates.Rate rate, String addedBy, Instant addedAt) {
    this.series = rate.series();
    this.validFrom = rate.from();
    this.validTo = rate.to();
    this.percent = rate.percent();
    this.source = rate.source();
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  /** The rate as entered: the column's four decimals are not shown ("2.15", not "2.1500"). */
  ReferenceRates.Rate rate() {
    java.math.BigDecimal shown = percent.stripTrailingZeros();
    if (shown.scale() < 2) {
      shown = shown.setScale(2);
    }
    return new ReferenceRates.Rate(series, validFrom, validTo, shown, source);
  }

  String addedBy() {
    return addedBy;
  }

  Instant addedAt() {
    return addedAt;
  }
}
