package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.fordra.testing.FordraTestOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the engine's two unindexed look-ups, as Camunda 7.24 writes them, are served by
 * Fordra's partial indexes: the plans name the index. Sequential scans are switched off for the
 * plan so that the answer does not depend on how few rows the test database holds; without the
 * index, or with a predicate the planner cannot match to the query, the plan would read the
 * whole table or a whole other index instead.
 */
@FordraTestOnPostgres
class EngineLookupIndexesOnPostgresTest {

  /**
   * The part of the job executor's acquisition query (Job.xml, selectNextJobsToExecute, the
   * {@code not exists} of AtomicExclusiveJobs) that PostgreSQL runs as a hashed subplan once the
   * job table is large: it collects the running exclusive jobs first and then checks each
   * candidate against them (the plan seen in the bench at 10,000 and 100,000 waiting timers). On
   * a small table, such as the tests', it may instead check each candidate through the
   * process-instance index, so the test asks for the collecting part itself.
   */
  static final String RUNNING_EXCLUSIVE_JOBS =
      "select J2.PROCESS_INSTANCE_ID_ from ACT_RU_JOB J2"
          + " where (J2.EXCLUSIVE_ = true) and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now())";

  /** The sub-task look-up when a task is completed or deleted (Task.xml, selectTasksByParentTaskId). */
  static final String SUB_TASKS = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'some-task'";

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate db;

  @Test
  void theAcquisitionFindsRunningExclusiveJobsThroughTheIndex() throws Exception {
    assertThat(plan(RUNNING_EXCLUSIVE_JOBS)).contains(EngineLookupIndexes.LOCKED_EXCLUSIVE_JOBS)
        .doesNotContain("Seq Scan");
  }

  @Test
  void aTasksSubTasksAreFoundThroughTheIndex() throws Exception {
    assertThat(plan(SUB_TASKS)).contains(EngineLookupIndexes.SUB_TASKS).doesNotContain("Seq Scan");
  }

  @Test
  void theIndexesHoldOnlyWhatTheLookUpsAskFor() {
    assertThat(definition(EngineLookupIndexes.LOCKED_EXCLUSIVE_JOBS))
        .contains("WHERE ((exclusive_ = true) AND (lock_owner_ IS NOT NULL))");
    assertThat(definition(EngineLookupIndexes.SUB_TASKS)).contains("WHERE (parent_task_id_ IS NOT NULL)");
  }

  @Test
  void theAcquisitionOrderIndexIsMadeTheSameWay() {
    assertThat(definition(JobAcquisitionIndex.NAME)).contains("(type_ DESC, duedate_)");
  }

  private String definition(String index) {
    return db.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class, index);
  }

  private String plan(String query) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set local enable_seqscan = off");
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("explain " + query)) {
          while (rows.next()) {
            lines.add(rows.getString(1));
          }
        }
        return String.join("\n", lines);
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    }
  }
}
