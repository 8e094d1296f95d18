package org.fordra.cluster;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The index Camunda recommends on {@code ACT_RU_JOB} when the job executor prefers timers and
 * acquires by due date (both on in application.yml): {@code (TYPE_ desc, DUEDATE_ asc)}, the
 * order of the acquisition query, so each poll reads the next due jobs from the index instead of
 * sorting the whole job table (one timer per open invoice: a large table).
 *
 * <p>Not a Flyway migration: Flyway runs before the engine, and on a new database the engine
 * creates {@code ACT_RU_JOB} only when it starts. So the index is made right after the engine is
 * built, idempotently, on every start (and on every node; whoever is first creates it).
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  static final String NAME = "fordra_job_acquisition_idx";

  static final String CREATE =
      "create index if not exists " + NAME + " on ACT_RU_JOB (TYPE_ desc, DUEDATE_ asc)";

  private final DataSource dataSource;

  JobAcquisitionIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    SchemaStatements.createIndex(dataSource, CREATE);
  }
}
