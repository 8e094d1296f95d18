package org.fordra.fees;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rates managers added since the release, kept in memory for a short while: interest is
 * computed for every notice, payoff and page, and the table changes twice a year. A rate added on
 * this node is seen at once; one added on another node of a cluster within {@link #FRESH_MILLIS}.
 */
@Component
class RatesAddedLater {

  /** Wall time, not the business clock: how stale a copy may get, not a date of the claim. */
  static final long FRESH_MILLIS = 30_000;

  private final AddedReferenceRateRepository repository;
  private volatile Copy copy;

  RatesAddedLater(AddedReferenceRateRepository repository) {
    this.repository = repository;
  }

  List<ReferenceRates.Rate> current() {
    Copy seen = copy;
    long now = System.nanoTime();
    if (seen == null || now - seen.takenAt() > FRESH_MILLIS * 1_000_000) {
      seen =
          new Copy(
              repository.findAllByOrderBySeriesAscValidFromAsc().stream()
                  .map(AddedReferenceRate::rate)
                  .toList(),
              now);
      copy = seen;
    }
    return seen.rates();
  }

  /** After an addition: the next lookup reads the table again. */
  void forget() {
    copy = null;
  }

  private record Copy(List<ReferenceRates.Rate> rates, long takenAt) {}
}
