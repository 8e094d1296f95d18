package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.fordra.testing.FordraTestOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On a new PostgreSQL database: the engine's busiest tables carry their storage settings, and no CMMN table is made. */
@FordraTestOnPostgres
class RuntimeTableStorageOnPostgresTest {

  @Autowired JdbcTemplate db;

  @Test
  void theRuntimeTablesHaveRoomForUpdatesAndEarlyVacuums() {
    assertThat(options("act_ru_job"))
        .contains("fillfactor=70", "autovacuum_vacuum_scale_factor=0.01", "autovacuum_analyze_scale_factor=0.02");
    assertThat(options("act_ru_execution")).contains("fillfactor=80", "autovacuum_vacuum_scale_factor=0.02");
    assertThat(options("act_ru_variable")).contains("fillfactor=80");
    assertThat(options("act_ru_task")).contains("fillfactor=80");
    assertThat(options("act_ru_event_subscr")).contains("autovacuum_vacuum_scale_factor=0.02");
    RuntimeTableStorage.SETTINGS.forEach((table, settings) -> assertThat(options(table)).containsAll(settings));
  }

  @Test
  void noCmmnTablesOnANewDatabase() {
    assertThat(db.queryForObject(
            "select count(*) from pg_class where relname in ('act_re_case_def', 'act_ru_case_execution', 'act_hi_caseinst')",
            Long.class))
        .isZero();
    assertThat(db.queryForObject("select count(*) from pg_class where relname = 'act_ru_job'", Long.class)).isOne();
  }

  private java.util.List<String> options(String table) {
    return db.queryForList("select unnest(reloptions) from pg_class where relname = ?", String.class, table);
  }
}
