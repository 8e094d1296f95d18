package org.fordra.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A 201 or 200 from Fordra means the data is on disk. Both databases can be told to acknowledge
 * a commit before it is written (faster, and lost in a crash); this check runs before the web
 * server opens and holds the database to durable commits:
 *
 * <ul>
 *   <li>H2 (the demo's file database) keeps commits in memory for {@code WRITE_DELAY} ms (500 by
 *       default): a {@code kill -9} lost the last half second of registered invoices. The
 *       setting is persistent in the database file, so a database created with another URL is
 *       set to 0 here.
 *   <li>PostgreSQL with {@code synchronous_commit=off} acknowledges before the WAL is flushed: a
 *       crash of the database server loses what the last ~0.6 s acknowledged.
 *       {@link SynchronousCommitOnPostgres} raises it on every pooled connection; if a
 *       connection still says off, Fordra does not start rather than lose acknowledged payments.
 * </ul>
 */
@Component
class DurableCommits implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

  static final String ASYNCHRONOUS_COMMIT =
      "PostgreSQL acknowledges commits on this connection before they are on disk"
          + " (synchronous_commit=off): acknowledged invoices and payments would be lost in a"
          + " crash. Set synchronous_commit to on for Fordra's database or role, or drop the"
          + " spring.datasource.hikari.connection-init-sql that keeps Fordra from raising it.";

  private final DataSource dataSource;

  DurableCommits(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if ("H2".equals(product)) {
        holdH2ToWriteDelayZero(statement);
      } else if ("PostgreSQL".equals(product)) {
        refuseAsynchronousCommit(statement);
      }
    }
  }

  private static void holdH2ToWriteDelayZero(Statement statement) throws SQLException {
    String delay =
        single(
            statement,
            "select max(setting_value) from information_schema.settings"
                + " where setting_name = 'WRITE_DELAY'");
    if (delay != null && !"0".equals(delay.trim())) {
      log.warn("H2's WRITE_DELAY was {} ms; set to 0 so that every commit is on disk", delay);
      statement.execute("SET WRITE_DELAY 0");
    }
  }

  private static void refuseAsynchronousCommit(Statement statement) throws SQLException {
    String synchronousCommit = single(statement, "show synchronous_commit");
    if ("off".equalsIgnoreCase(synchronousCommit)) {
      throw new IllegalStateException(ASYNCHRONOUS_COMMIT);
    }
    // fsync is the server's alone (no session can change it); off survives a killed Fordra or a
    // killed PostgreSQL, but not a power cut: say so, loudly, rather than refuse a test server.
    if ("off".equalsIgnoreCase(single(statement, "show fsync"))) {
      log.warn("PostgreSQL runs with fsync=off: a power cut or OS crash may lose acknowledged"
          + " commits; never run production like this");
    }
    log.info("PostgreSQL synchronous_commit={}", synchronousCommit);
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      return row.next() ? row.getString(1) : null;
    }
  }
}
