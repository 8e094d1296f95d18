package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Only a lost race is tried again; any other failure is the caller's answer at once. */
class RaceRetryTest {

  @Test
  void optimisticLocksAndTakenUniqueKeysAreRaces() {
    assertThat(RaceRetry.isRace(new OptimisticLockingException("case moved on"))).isTrue();
    assertThat(RaceRetry.isRace(new DataIntegrityViolationException("duplicate",
            new SQLException("unique index", "23505"))))
        .isTrue();
  }

  @Test
  void aDeadlockOrSerializationFailureTheEngineWrappedIsARace() {
    assertThat(RaceRetry.isRace(new ProcessEnginePersistenceException("persistence",
            new PersistenceException(new SQLException("deadlock detected", "40P01")))))
        .isTrue();
    assertThat(RaceRetry.isRace(new ProcessEnginePersistenceException("persistence",
            new PersistenceException(new SQLException("could not serialize", "40001")))))
        .isTrue();
    assertThat(RaceRetry.isRace(new ProcessEnginePersistenceException("persistence",
            new PersistenceException(new SQLException("syntax error", "42601")))))
        .isFalse();
  }

  @Test
  void theLastLostRaceIsAConflictAndEveryTryIsItsOwnTransaction() {
    AtomicInteger tries = new AtomicInteger();
    RaceRetry retry = new RaceRetry(new TransactionTemplate(new CountingTransactions()));
    assertThatThrownBy(() -> retry.inTransaction(() -> {
          tries.incrementAndGet();
          throw new OptimisticLockingException("case moved on");
        }))
        .isInstanceOf(Conflict.class)
        .hasCauseInstanceOf(OptimisticLockingException.class);
    assertThat(tries).hasValue(RaceRetry.ATTEMPTS);
    assertThat(CountingTransactions.begun).hasValue(RaceRetry.ATTEMPTS);
  }

  @Test
  void aFaultIsNotTriedAgain() {
    AtomicInteger tries = new AtomicInteger();
    RaceRetry retry = new RaceRetry(new TransactionTemplate(new CountingTransactions()));
    assertThatThrownBy(() -> retry.inTransaction(() -> {
          tries.incrementAndGet();
          throw new IllegalStateException("bug");
        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(tries).hasValue(1);
  }

  /** A transaction manager that only counts the transactions begun. */
  static class CountingTransactions extends AbstractPlatformTransactionManager {
    static final AtomicInteger begun = new AtomicInteger();

    CountingTransactions() {
      begun.set(0);
    }

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
      begun.incrementAndGet();
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {}

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}
  }

  @Test
  void otherIntegrityErrorsAreFaultsNotRaces() {
    assertThat(RaceRetry.isRace(new DataIntegrityViolationException("null",
            new SQLException("NOT NULL check", "23502"))))
        .isFalse();
    assertThat(RaceRetry.isRace(new DataIntegrityViolationException("fk",
            new SQLException("foreign key", "23503"))))
        .isFalse();
    assertThat(RaceRetry.isRace(new IllegalStateException("bug"))).isFalse();
  }
}
