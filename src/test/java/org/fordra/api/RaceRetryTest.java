package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

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
