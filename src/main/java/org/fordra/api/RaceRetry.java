package org.fordra.api;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataIntegrityViolationException;
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

  private final TransactionTemplate transaction;

  RaceRetry(TransactionTemplate transaction) {
    this.transaction = transaction;
  }

  public <T> T inTransaction(Supplier<T> work) {
    RuntimeException lost = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return transaction.execute(status -> work.get());
      } catch (OptimisticLockingException
          | ObjectOptimisticLockingFailureException
          | DataIntegrityViolationException race) {
        lost = race;
      }
    }
    throw lost;
  }
}
