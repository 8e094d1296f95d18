package org.fordra.fees;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference rates Fordra needed and does not have, one entry per series and half-year: the
 * operator's to-do list, shown on the dashboard and the reference-rates page where the rate is
 * added. It replaces an incident per case (a notice that had to leave the interest figure out
 * used to raise its own Cockpit incident, so one missing rate showed up as many incidents, none of
 * which Cockpit could retry). A step that cannot run without the rate still fails as a job, whose
 * incident Cockpit retries and which adding the rate retries too ({@link MissingRateIncidents}).
 */
@Component
public class MissingRates {

  private static final Logger log = LoggerFactory.getLogger(MissingRates.class);

  /** One missing rate: the series, its half-year, and who needed it first, how often, when. */
  public record Missing(
      String series,
      LocalDate validFrom,
      LocalDate validTo,
      LocalDate firstNeeded,
      String firstInvoice,
      int timesNeeded,
      Instant noticedAt,
      Instant lastNeededAt) {}

  private final MissingRateRepository repository;
  private final ReferenceRates rates;
  private final Clock clock;
  private final TransactionTemplate apart;

  MissingRates(
      MissingRateRepository repository,
      ReferenceRates rates,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.repository = repository;
    this.rates = rates;
    this.clock = clock;
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.apart.setTimeout(10);
  }

  /**
   * Notes it in a transaction of its own, short and apart from the step's: for a step that fails
   * on the missing rate and rolls back, and for a notice that goes out without the figure, whose
   * job must not fail or wait on the list. The list is a convenience beside the step: if noting
   * fails, the step goes on as it would have.
   */
  public void noticedApart(MissingReferenceRate missing, String invoice) {
    try {
      try {
        apart.executeWithoutResult(status -> noticed(missing, invoice));
      } catch (NotedMeanwhile | DataIntegrityViolationException madeByAnother) {
        apart.executeWithoutResult(status -> noticed(missing, invoice)); // now it counts
      }
    } catch (RuntimeException notNoted) {
      log.warn("Could not note the missing {} rate for {}: {}", missing.series(), missing.day(),
          notNoted.getMessage());
    }
  }

  /**
   * Notes that {@code invoice} needed the rate; the first time for its half-year it is logged as
   * a warning. Many steps need the same missing half-year at once (every notice of a run, on
   * every node): each counts itself with one update, and of two that find no entry yet, the one
   * that loses the unique key counts itself on the entry the other made. Either way the caller's
   * step goes on.
   */
  @Transactional
  public void noticed(MissingReferenceRate missing, String invoice) {
    if (rates.has(missing.series(), missing.day())) {
      return; // added meanwhile
    }
    Instant now = clock.instant();
    LocalDate from = ReferenceRates.halfYearStart(missing.day());
    if (repository.neededAgain(missing.series(), from, missing.day(), now) > 0) {
      return;
    }
    try {
      repository.saveAndFlush(new MissingRate(missing.series(), missing.day(), invoice, now));
      log.warn(
          "Reference rate missing: {} for the half-year from {} (first needed by {}); add"
              + " the published rate on /reference-rates or POST /api/reference-rates",
          missing.series(), from, invoice);
    } catch (DataIntegrityViolationException notedMeanwhile) {
      // Only reached apart (noticedApart): the failed insert spoilt this transaction, so the
      // count is taken by the caller's next try there.
      throw new NotedMeanwhile(notedMeanwhile);
    }
  }

  /** Another step made the half-year's entry between this one's count and insert. */
  static final class NotedMeanwhile extends RuntimeException {
    NotedMeanwhile(Throwable cause) {
      super(cause);
    }
  }

  /** Every rate still missing, by series and half-year. */
  @Transactional(readOnly = true)
  public List<Missing> all() {
    return repository.findAllByOrderBySeriesAscValidFromAsc().stream().map(MissingRate::view).toList();
  }

  /**
   * The series Fordra uses that have no rate for the half-year of {@code day} yet, whether or not
   * a case has needed it: what to add next, before a notice goes out without its figure.
   */
  public List<String> notKnownFor(LocalDate day) {
    return rates.series().stream().filter(series -> !rates.has(series, day)).toList();
  }

  /** The rate is there now: its entry goes, in the same transaction as the rate. */
  void covered(ReferenceRates.Rate rate) {
    repository.findBySeriesAndValidFrom(rate.series(), ReferenceRates.halfYearStart(rate.from()))
        .ifPresent(repository::delete);
  }
}
