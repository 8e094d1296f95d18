package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.fordra.testing.FordraTestOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the engine's ids sort, under the database's own collation, in the order they were
 * made: what puts each new row at the right-hand end of the engine's indexes.
 */
@FordraTestOnPostgres
class TimeOrderedIdsOnPostgresTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate db;

  @Test
  void theDatabaseSortsTheIdsInTheOrderTheyWereMade() {
    IdGenerator engineIds = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getIdGenerator();
    assertThat(engineIds).isInstanceOf(TimeOrderedIds.class);
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      made.add(engineIds.getNextId());
    }
    assertThat(sortedByTheDatabase(made)).containsExactlyElementsOf(made);

    // Over the years, so that every digit in every place is compared, a letter against a digit too.
    AtomicLong clock = new AtomicLong(TimeOrderedIds.EPOCH_MILLIS);
    TimeOrderedIds overYears = new TimeOrderedIds(clock::get, 0x1f2e3d4c5b6L);
    Random steps = new Random(42);
    List<String> overTime = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      clock.addAndGet(steps.nextInt(1, 5) * (long) Math.pow(32, steps.nextInt(0, 6)));
      overTime.add(overYears.getNextId());
    }
    assertThat(overTime.stream().map(id -> id.charAt(7)).distinct()).hasSize(32);
    assertThat(sortedByTheDatabase(overTime)).containsExactlyElementsOf(overTime);
  }

  private List<String> sortedByTheDatabase(List<String> ids) {
    return db.queryForList(
        "select id from unnest(?::varchar(64)[]) as made(id) order by id", String.class,
        (Object) ids.toArray(String[]::new));
  }

  @Test
  void theEngineWritesThemInItsTables() {
    assertThat(db.queryForList("select id_ from act_re_deployment", String.class))
        .isNotEmpty()
        .allMatch(id -> id.matches("[0-9a-v]{20}"));
  }
}
