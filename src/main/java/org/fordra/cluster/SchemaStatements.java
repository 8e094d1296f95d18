package org.fordra.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs a statement on the engine's tables outside any transaction, once the engine has made them
 * (Flyway runs before the engine, so it cannot: on a new database the tables do not exist yet).
 */
final class SchemaStatements {

  private SchemaStatements() {
  }

  /** Whether the engine runs on PostgreSQL, where the storage settings and partial indexes apply. */
  static boolean onPostgres(ProcessEngine engine) {
    return "postgres".equals(databaseType(engine));
  }

  /** Whether the engine runs on H2, the demo's and the tests' database. */
  static boolean onH2(ProcessEngine engine) {
    return "h2".equals(databaseType(engine));
  }

  private static String databaseType(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
  }

  /**
   * Creates an index with {@code create index if not exists}, trying once more if the first try
   * fails: two nodes starting at once may both try, and the second try sees the first one's index.
   */
  static void createIndex(DataSource dataSource, String create) {
    try {
      execute(dataSource, create);
    } catch (SQLException raced) {
      try {
        execute(dataSource, create);
      } catch (SQLException failed) {
        throw new ProcessEngineException("Could not create an index: " + create, failed);
      }
    }
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try {
        statement.execute(sql);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }
}
