package org.fordra.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.fordra.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The startup check on its own, against real databases set up to acknowledge too early. */
class DurableCommitsTest {

  @TempDir Path folder;

  @Test
  void anH2DatabaseThatDelaysItsWritesIsSetToWriteEachCommit() throws Exception {
    try (HikariDataSource h2 = pool("jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=500")) {
      JdbcTemplate db = new JdbcTemplate(h2);
      assertThat(writeDelay(db)).isEqualTo("500");
      new DurableCommits(h2).afterPropertiesSet();
      assertThat(writeDelay(db)).isEqualTo("0");
    }
  }

  @Test
  void postgresAcknowledgingBeforeTheWalIsFlushedIsRefused() {
    // The embedded server's own default is synchronous_commit=off, like a careless server.
    try (HikariDataSource postgres = pool(TestPostgres.newDatabase("durable_commits_off"))) {
      assertThatThrownBy(() -> new DurableCommits(postgres).afterPropertiesSet())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("synchronous_commit=off");
    }
  }

  @Test
  void postgresConnectionsRaisedToSynchronousCommitAreAccepted() throws Exception {
    try (HikariDataSource postgres = pool(TestPostgres.newDatabase("durable_commits_on"))) {
      new SynchronousCommitOnPostgres().postProcessAfterInitialization(postgres, "dataSource");
      new DurableCommits(postgres).afterPropertiesSet();
      assertThat(new JdbcTemplate(postgres).queryForObject("show synchronous_commit", String.class))
          .isEqualTo("on");
    }
  }

  private static String writeDelay(JdbcTemplate db) {
    return db.queryForObject(
        "select max(setting_value) from information_schema.settings"
            + " where setting_name = 'WRITE_DELAY'",
        String.class);
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(url.startsWith("jdbc:h2") ? "sa" : "postgres");
    pool.setPassword(url.startsWith("jdbc:h2") ? "" : "postgres");
    pool.setMaximumPoolSize(2);
    return pool;
  }
}
