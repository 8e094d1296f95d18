package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.fordra.testing.FordraTest;
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
    assertThat(plan(EngineLookupIndexesOnPostgresTest.SUB_TASKS))
        .containsIgnoringCase(EngineLookupIndexes.SUB_TASKS + ": PARENT_TASK_ID_ = 'some-task'")
        .doesNotContainIgnoringCase("tableScan");
  }

  private String plan(String query) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("explain " + query)) {
      List<String> lines = new ArrayList<>();
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
      return String.join(" ", lines).replaceAll("\\s+", " ");
    }
  }
}
