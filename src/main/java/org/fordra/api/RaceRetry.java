package org.fordra.api;

import java.sql.SQLException;
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
 * a race with another node or a timer for the same case (an optimistic lock or a unique key).
 * Each try starts from a clean slate, so nothing is applied twice; after the last try the loser
 * gets a 409 and may send the same request again.
 */
@Component
public class RaceRetry {

  static final int ATTEMPTS = 5;
  static final String UNIQUE_VIOLATION = "23505";

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
    throw lost;
  }

  /**
   * A lost race: an optimistic lock (the engine's or Hibernate's) or a unique key another
   * transaction took first (SQL state 23505 on PostgreSQL and H2). Any other integrity error
   * (a null, a foreign key) is a fault, and trying again would only repeat it.
   */
  static boolean isRace(Throwable failed) {
    if (failed instanceof OptimisticLockingException
        || failed instanceof ObjectOptimisticLockingFailureException
        || failed instanceof DuplicateKeyException) {
      return true;
    }
    if (failed instanceof DataIntegrityViolationException) {
      for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          return true;
        }
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
