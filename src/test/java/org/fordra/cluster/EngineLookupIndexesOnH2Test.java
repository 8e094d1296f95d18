package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.fordra.testing.FordraTest;
import org.fordra.testing.H2Plan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On H2 (the demo's and the tests' database) a task's sub-tasks, which the engine looks up at
 * every completed task, are found through Fordra's index, not by reading every open task: in a
 * round of 100,000 on H2 that read made each of the bench's 100,000 completed calls read 100,000
 * open ones.
 */
@FordraTest
class EngineLookupIndexesOnH2Test {

  @Autowired DataSource dataSource;

  @Test
  void aTasksSubTasksAreFoundThroughTheIndex() throws Exception {
    assertThat(H2Plan.of(dataSource, EngineLookupIndexesOnPostgresTest.SUB_TASKS))
        .containsIgnoringCase(EngineLookupIndexes.SUB_TASKS + ": PARENT_TASK_ID_ = 'some-task'")
        .doesNotContainIgnoringCase("tableScan");
  }
}
