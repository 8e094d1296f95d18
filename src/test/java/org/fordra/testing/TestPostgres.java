package org.fordra.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL 17 for the whole test run (embedded binaries from Maven Central, no
 * Docker), started on first use; each test class takes an empty database of its own on it.
 *
 * <p>A Spring test context on it must be closed before the JVM's exit stops the server (mark the
 * class {@code @DirtiesContext}): a context left in Spring's test cache is closed by a shutdown
 * hook that runs alongside the server's, and its engine would wait half a minute for a
 * connection to a server that is gone.
 */
public final class TestPostgres {

  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** Creates the empty database {@code name} and returns its JDBC URL. */
  public static synchronized String newDatabase(String name) {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    JdbcTemplate admin = new JdbcTemplate(server().getPostgresDatabase());
    admin.execute("drop database if exists " + name);
    admin.execute("create database " + name);
    return server().getJdbcUrl("postgres", name);
  }

  /** Points the Spring context's data source at a new database {@code name}. */
  public static void useNewDatabase(DynamicPropertyRegistry registry, String name) {
    String url = newDatabase(name);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }
    return server;
  }
}
