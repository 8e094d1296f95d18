package org.fordra.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL 17 for the whole test run (embedded binaries from Maven Central, no
 * Docker), started on first use. The classes of {@link FordraTestOnPostgres} share one empty
 * database on it; a class whose data must stay apart takes an empty database of its own.
 *
 * <p>A Spring test context on it must be closed before the server stops: a context left in
 * Spring's test cache is closed by a shutdown hook of its own, and its engine would wait half a
 * minute for a connection to a server that is gone. The contexts on the shared database ({@link
 * FordraTestOnPostgres}) are closed by the server's own shutdown hook, before it stops the
 * server; a class on a database of its own ({@link #useNewDatabase}) is marked {@code
 * @DirtiesContext}, which closes its context right after it.
 */
public final class TestPostgres {

  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private static EmbeddedPostgres server;

  /** The contexts on the shared database, closed before the server stops. */
  private static final List<ConfigurableApplicationContext> SHARING = new CopyOnWriteArrayList<>();

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

  /**
   * Points {@link FordraTestOnPostgres}' context at the database its classes share, created
   * empty when that context starts.
   */
  public static final class SharedDatabase
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String url = newDatabase("fordra_shared");
      TestPropertyValues.of(
              "spring.datasource.url=" + url,
              "spring.datasource.username=postgres",
              "spring.datasource.password=postgres")
          .applyTo(context);
      SHARING.add(context);
    }
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        // Its own shutdown hook could stop the server while a context still uses it.
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
    }
    return server;
  }

  /** The contexts on the shared database first (each waits for a close already under way). */
  private static void stop() {
    SHARING.forEach(ConfigurableApplicationContext::close);
    try {
      server.close();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
