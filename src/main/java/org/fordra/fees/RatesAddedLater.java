package org.fordra.fees;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rates managers (or the rate updater) added since the release, kept in memory for a short
 * while: interest is computed for every notice, payoff and page, and the table changes twice a
 * year. A rate added on this node is seen at once; one added on another node of a cluster within
 * {@link #FRESH_MILLIS}.
 *
 * <p>A rate exists only once its transaction has committed. The shared copy therefore only ever
 * holds what was read outside a transaction that is adding a rate: the adding transaction sees
 * its own addition (it reads the table itself, and keeps what it read to itself), every other
 * caller keeps the committed copy until the addition has committed. A rolled-back addition is
 * never seen by anybody else, and never used afterwards.
 */
@Component
class RatesAddedLater {

  /** Wall time, not the business clock: how stale a copy may get, not a date of the claim. */
  static final long FRESH_MILLIS = 30_000;

  private final AddedReferenceRateRepository repository;
  private volatile Copy copy;
  /** Counts {@link #forget()}s: a read that raced a commit does not become the shared copy. */
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

  RatesAddedLater(AddedReferenceRateRepository repository) {
    this.repository = repository;
  }

  List<ReferenceRates.Rate> current() {
    if (TransactionSynchronizationManager.hasResource(this)) {
      // This transaction added a rate that is not committed yet: it may use it, nobody else.
      return read();
    }
    Copy seen = copy;
    long now = System.nanoTime();
    if (seen == null || now - seen.takenAt() > FRESH_MILLIS * 1_000_000) {
      long before = generation.get();
      seen = new Copy(read(), now);
      if (generation.get() == before) {
        copy = seen;
      }
    }
    return seen.rates();
  }

  /**
   * The current transaction has stored a rate: from now on it reads the table itself, and the
   * shared copy is dropped once (and only if) the transaction commits.
   */
  void addedInThisTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("a reference rate is added in a transaction");
    }
    if (TransactionSynchronizationManager.hasResource(this)) {
      return;
    }
    TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RatesAddedLater.this);
            if (status == STATUS_COMMITTED) {
              forget();
            }
          }
        });
  }

  /** The next lookup reads the table again. */
  void forget() {
    generation.incrementAndGet();
    copy = null;
  }

  private List<ReferenceRates.Rate> read() {
    return new ArrayList<>(
        repository.findAllByOrderBySeriesAscValidFromAsc().stream()
            .map(AddedReferenceRate::rate)
            .toList());
  }

  private record Copy(List<ReferenceRates.Rate> rates, long takenAt) {}
}
