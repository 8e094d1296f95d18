package org.fordra.database;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps H2's file from growing without bound (the demo's database, and any H2 file database).
 *
 * <p>H2 tidies its file (rewrites the live pages of sparse chunks, moves chunks together, so that
 * the space of dead chunks is reused) in a background thread that it starts only when {@code
 * WRITE_DELAY} is above 0. Fordra holds H2 to 0, so that every acknowledged commit is on disk
 * ({@link DurableCommits}): without this the file grew by about 2.5 MB per invoice walked through
 * the schedule, most of it dead (docs/benchmark.md). This runs H2's own housekeeping (through
 * H2StoreCompaction, compiled against H2 apart from the main code) on a thread of its own, as
 * often as H2's thread would at its default write delay. On PostgreSQL and in memory it does
 * nothing.
 */
@Component
class H2FileHousekeeping implements InitializingBean, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(H2FileHousekeeping.class);
  private static final String COMPACTION = "org.fordra.database.H2StoreCompaction";

  private final DataSource dataSource;
  private final Duration interval;
  private ScheduledExecutorService thread;
  private volatile boolean failureSaid;

  H2FileHousekeeping(
      DataSource dataSource,
      @Value("${fordra.h2.housekeeping-interval:PT0.2S}") Duration interval) {
    this.dataSource = dataSource;
    this.interval = interval;
  }

  @Override
  public void afterPropertiesSet() throws SQLException {
    Runnable housekeeper = housekeeper();
    if (housekeeper == null) {
      return;
    }
    thread =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread t = new Thread(runnable, "h2-housekeeping");
              t.setDaemon(true);
              return t;
            });
    thread.scheduleWithFixedDelay(
        () -> runOnce(housekeeper), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** H2's housekeeping for this database, or {@code null} when it is not an H2 file database. */
  Runnable housekeeper() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())
          || url == null
          || url.startsWith("jdbc:h2:mem:")) {
        return null;
      }
      MethodHandle housekeeper =
          MethodHandles.publicLookup()
              .findStatic(
                  Class.forName(COMPACTION),
                  "housekeeper",
                  MethodType.methodType(Runnable.class, Connection.class));
      return (Runnable) housekeeper.invoke(connection);
    } catch (SQLException e) {
      throw e;
    } catch (Throwable e) {
      log.warn("H2's file will not be tidied while Fordra runs", e);
      return null;
    }
  }

  private void runOnce(Runnable housekeeper) {
    try {
      housekeeper.run();
    } catch (RuntimeException e) {
      // The next round tries again; said once, not five times a second.
      if (!failureSaid) {
        failureSaid = true;
        log.warn("H2's file not tidied (said once)", e);
      }
    }
  }

  @Override
  public void destroy() {
    if (thread != null) {
      thread.shutdownNow();
    }
  }
}
