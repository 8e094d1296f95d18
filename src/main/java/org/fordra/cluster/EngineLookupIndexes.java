package org.fordra.cluster;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Two partial indexes on PostgreSQL for look-ups the engine makes on every step or task and
 * Camunda's schema does not index, so that each read the whole table, one row per open invoice
 * (docs/cluster.md; measured in docs/benchmark.md):
 *
 * <ul>
 *   <li>the job acquisition's check that no other job of the same process instance is running:
 *       PostgreSQL answers its {@code not exists} by hashing every exclusive job locked now, which
 *       it found by reading all of {@code ACT_RU_JOB} (one timer per open invoice) on every poll.
 *       The index holds only the locked exclusive jobs, a few dozen per node.
 *   <li>a task's sub-tasks, looked up when a task is completed or deleted
 *       ({@code PARENT_TASK_ID_ = ?}): the index holds only tasks that have a parent, which is
 *       none in Fordra (no standalone tasks, so no sub-tasks), and costs nothing to keep.
 * </ul>
 *
 * <p>Made as {@link JobAcquisitionIndex} is, and for the same reason: after the engine has built
 * its tables, idempotently, on every start. H2 has no partial indexes: it gets a whole index for
 * the sub-tasks (every completed call task read all open tasks: in a round of 100,000 on H2 the
 * bench's calls slowed from about 200 a second to a crawl), and answers the acquisition's check
 * through the process-instance index it has.
 */
@Component
class EngineLookupIndexes extends AbstractProcessEnginePlugin {

  static final String LOCKED_EXCLUSIVE_JOBS = "fordra_job_locked_exclusive_idx";
  static final String SUB_TASKS = "fordra_task_parent_idx";

  static final List<String> CREATE =
      List.of(
          // The predicate is the subquery's own (EXCLUSIVE_ = true and LOCK_OWNER_ is not null),
          // so the planner can prove the index covers it.
          "create index if not exists " + LOCKED_EXCLUSIVE_JOBS
              + " on ACT_RU_JOB (LOCK_EXP_TIME_) where EXCLUSIVE_ = true and LOCK_OWNER_ is not null",
          "create index if not exists " + SUB_TASKS
              + " on ACT_RU_TASK (PARENT_TASK_ID_) where PARENT_TASK_ID_ is not null");

  /** H2's (no partial indexes there): the tasks without a parent are in it too. */
  static final String SUB_TASKS_ON_H2 =
      "create index if not exists " + SUB_TASKS + " on ACT_RU_TASK (PARENT_TASK_ID_)";

  private final DataSource dataSource;

  EngineLookupIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (SchemaStatements.onPostgres(engine)) {
      CREATE.forEach(create -> SchemaStatements.createIndex(dataSource, create));
    } else if (SchemaStatements.onH2(engine)) {
      SchemaStatements.createIndex(dataSource, SUB_TASKS_ON_H2);
    }
  }
}
