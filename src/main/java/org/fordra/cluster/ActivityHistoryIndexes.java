package org.fordra.cluster;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The indexes on {@code ACT_HI_ACTINST} (the activity history, about 19 rows a case) that serve
 * only readers Fordra does not have, dropped on PostgreSQL (docs/cluster.md). Camunda's schema puts
 * eleven indexes on the table; these five serve the history statistics of Cockpit's enterprise
 * edition, Optimize's paging by start and end time, and searches by execution or by definition and
 * end time, none of which Fordra, Tasklist or the community Cockpit makes. Each of them holds the
 * end time or the state, so the update that ends an activity begun in an earlier step (a timer
 * that fired, a task completed: 8 a case) had to write a new entry into all eleven. Without them
 * it changes no indexed column, and with room left in each page (fillfactor 85, set by
 * {@link RuntimeTableStorage}) PostgreSQL writes
 * the new row version beside the old without touching an index (a HOT update). Measured in
 * docs/benchmark.md: the five held 7.9 KB of a case's 65.9 KB.
 *
 * <p>Kept: the primary key; the process instance's index (camunda-bpm-assert, deleting a case's
 * history), the root process instance's (setting the removal time when a case ends), the removal
 * time's (history cleanup), the definition key's and the tenant's. The engine answers a query
 * that needs a dropped one with a scan: slower, never wrong. {@link #RESTORE} puts them back.
 *
 * <p>Dropped after the engine has built its tables, on every start ({@code if exists}: a restart
 * finds nothing to drop and takes no lock).
 */
@Component
class ActivityHistoryIndexes extends AbstractProcessEnginePlugin {

  /** Camunda 7.24's own definitions (activiti.postgres.create.history.sql), to restore them. */
  static final List<String> RESTORE =
      List.of(
          "create index ACT_IDX_HI_ACT_INST_START_END on ACT_HI_ACTINST(START_TIME_, END_TIME_)",
          "create index ACT_IDX_HI_ACT_INST_END on ACT_HI_ACTINST(END_TIME_)",
          "create index ACT_IDX_HI_ACT_INST_COMP on ACT_HI_ACTINST(EXECUTION_ID_, ACT_ID_, END_TIME_, ID_)",
          "create index ACT_IDX_HI_ACT_INST_STATS on ACT_HI_ACTINST"
              + "(PROC_DEF_ID_, PROC_INST_ID_, ACT_ID_, END_TIME_, ACT_INST_STATE_)",
          "create index ACT_IDX_HI_AI_PDEFID_END_TIME on ACT_HI_ACTINST(PROC_DEF_ID_, END_TIME_)");

  static final List<String> DROPPED =
      List.of(
          "act_idx_hi_act_inst_start_end",
          "act_idx_hi_act_inst_end",
          "act_idx_hi_act_inst_comp",
          "act_idx_hi_act_inst_stats",
          "act_idx_hi_ai_pdefid_end_time");

  private final DataSource dataSource;

  ActivityHistoryIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!SchemaStatements.onPostgres(engine)) {
      return;
    }
    for (String index : DROPPED) {
      try {
        SchemaStatements.execute(dataSource, "drop index if exists " + index);
      } catch (SQLException failed) {
        throw new ProcessEngineException("Could not drop " + index, failed);
      }
    }
  }
}
