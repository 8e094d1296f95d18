package org.fordra.api;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a request's work in a transaction of its own and runs it again, a few times, when it lost
 * a race with another node or a timer for the same case (an optimistic lock, a unique key, or a
 * deadlock the database broke by rolling this transaction back). Each try starts from a clean
 * slate, so nothing is applied twice; after the last try the loser gets a {@link Conflict} (409)
 * and may send the same request again.
 */
@Component
public class RaceRetry {

  static final int ATTEMPTS = 5;
  static final String UNIQUE_VIOLATION = "23505";
  /**
   * PostgreSQL's deadlock_detected and serialization_failure: the database rolled this
   * transaction back so that the other could go on (a payment locks the invoice and then the
   * case; a timer job the case and then the invoice). Nothing of it was applied.
   */
  static final Set<String> ROLLED_BACK_BY_THE_DATABASE = Set.of("40P01", "40001");

  private final TransactionTemplate transaction;

  RaceRetry(TransactionTemplate transaction) {
    this.transaction = transaction;
  }

  public <T> T inTransaction(Supplier<T> work) {
    RuntimeException lost = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return transaction.execute(status -> work.get());
      } catch (RuntimeException failed) {
        if (!isRace(failed)) {
          throw failed;
        }
        lost = failed;
        pause(attempt);
      }
    }
    throw new Conflict(
        "Another change to the same record came first; nothing was changed. Try again.", lost);
  }

  /**
   * A lost race: an optimistic lock (the engine's or Hibernate's), a unique key another
   * transaction took first (SQL state 23505 on PostgreSQL and H2), or a deadlock or
   * serialization failure, however the engine or Spring wrapped it. Any other integrity error
   * (a null, a foreign key) is a fault, and trying again would only repeat it.
   */
  static boolean isRace(Throwable failed) {
    if (failed instanceof OptimisticLockingException
        || failed instanceof ObjectOptimisticLockingFailureException
        || failed instanceof DuplicateKeyException) {
      return true;
    }
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        if (ROLLED_BACK_BY_THE_DATABASE.contains(sql.getSQLState())) {
          return true;
        }
        if (failed instanceof DataIntegrityViolationException
            && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** Jittered, growing pauses, so two nodes that collided do not collide again in step. */
  private static void pause(int attempt) {
    if (attempt == ATTEMPTS) {
      return;
    }
    long millis = ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }
}
