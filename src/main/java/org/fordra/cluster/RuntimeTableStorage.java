package org.fordra.cluster;

import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Storage settings for the engine's busiest tables on PostgreSQL (docs/cluster.md). Each step
 * updates its execution, its variables and its job rows in place (a lock, a new revision) and
 * deletes a job for every one it creates: with free room in each page (fillfactor) PostgreSQL
 * writes the new row version beside the old one without touching the indexes (a HOT update), and
 * a vacuum after 1 to 5 % of dead rows instead of the default 20 % keeps the tables and their
 * indexes from bloating between vacuums.
 *
 * <p>Set after the engine has built its tables (as {@link JobAcquisitionIndex}, and for the same
 * reason), only where they differ, so a restart takes no lock. The fillfactor holds for pages
 * written from then on; a table written before needs {@code VACUUM FULL} once to be repacked.
 */
@Component
class RuntimeTableStorage extends AbstractProcessEnginePlugin {

  /** Storage parameters per table, as PostgreSQL lists them in {@code pg_class.reloptions}. */
  static final Map<String, List<String>> SETTINGS = settings();

  private final DataSource dataSource;

  RuntimeTableStorage(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private static Map<String, List<String>> settings() {
    Map<String, List<String>> settings = new LinkedHashMap<>();
    // Locked, unlocked, deleted: the most churned table.
    settings.put("act_ru_job", List.of(
        "fillfactor=70", "autovacuum_vacuum_scale_factor=0.01", "autovacuum_analyze_scale_factor=0.02"));
    settings.put("act_ru_execution", List.of(
        "fillfactor=80", "autovacuum_vacuum_scale_factor=0.02", "autovacuum_analyze_scale_factor=0.05"));
    settings.put("act_ru_variable", List.of(
        "fillfactor=80", "autovacuum_vacuum_scale_factor=0.02", "autovacuum_analyze_scale_factor=0.05"));
    settings.put("act_ru_task", List.of(
        "fillfactor=80", "autovacuum_vacuum_scale_factor=0.05", "autovacuum_analyze_scale_factor=0.05"));
    // Inserted and deleted, never updated: no room needed, only timely vacuums.
    settings.put("act_ru_event_subscr", List.of(
        "autovacuum_vacuum_scale_factor=0.02", "autovacuum_analyze_scale_factor=0.05"));
    settings.put("act_ru_identitylink", List.of(
        "autovacuum_vacuum_scale_factor=0.05", "autovacuum_analyze_scale_factor=0.05"));
    // Its rows are ended by an update a step later: room for the new version in the same page,
    // which without the indexes ActivityHistoryIndexes drops makes that update HOT.
    settings.put("act_hi_actinst", List.of("fillfactor=85"));
    return Collections.unmodifiableMap(settings);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!SchemaStatements.onPostgres(engine)) {
      return;
    }
    JdbcTemplate db = new JdbcTemplate(dataSource);
    SETTINGS.forEach((table, options) -> {
      List<String> current = db.queryForList(
          "select unnest(reloptions) from pg_class where relname = ? and relkind = 'r'", String.class, table);
      if (!current.containsAll(options)) {
        try {
          SchemaStatements.execute(dataSource, "alter table " + table + " set (" + String.join(", ", options) + ")");
        } catch (SQLException failed) {
          throw new ProcessEngineException("Could not set the storage parameters of " + table, failed);
        }
      }
    });
  }
}
