package org.fordra.database;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps H2's file from growing without bound (the demo's database, and any H2 file database).
 *
 * <p>H2 tidies its file (rewrites the live pages of sparse chunks so that their space can be
 * reused) in a background thread that it starts only when {@code WRITE_DELAY} is above 0.
 * Fordra holds H2 to 0, so that every acknowledged commit is on disk ({@link DurableCommits}):
 * without this job the file grew by about 2.4 MB per invoice walked through the schedule, where
 * the data itself takes about a twentieth of that (docs/benchmark.md). Every second this
 * job asks H2 to do what its thread would (H2StoreCompaction, compiled against H2 apart from the
 * main code). Freed space is reused once H2's retention time (45 s by default) has passed; the
 * file does not shrink while Fordra runs, it stops growing. On PostgreSQL it does nothing.
 */
@Component
class H2FileHousekeeping {

  private static final Logger log = LoggerFactory.getLogger(H2FileHousekeeping.class);
  private static final String COMPACTION = "org.fordra.database.H2StoreCompaction";

  private final DataSource dataSource;
  private final int targetFillRate;
  private final int writeBytes;
  private volatile Boolean onH2File;
  private MethodHandle rewriteSparseChunks;

  H2FileHousekeeping(
      DataSource dataSource,
      @Value("${fordra.h2.compaction.target-fill-rate:80}") int targetFillRate,
      @Value("${fordra.h2.compaction.write-bytes:16777216}") int writeBytes) {
    this.dataSource = dataSource;
    this.targetFillRate = targetFillRate;
    this.writeBytes = writeBytes;
  }

  @Scheduled(
      initialDelayString = "${fordra.h2.compaction.interval:PT1S}",
      fixedDelayString = "${fordra.h2.compaction.interval:PT1S}")
  void rewriteSparseChunks() {
    try (Connection connection = dataSource.getConnection()) {
      if (!onH2File(connection)) {
        return;
      }
      rewriteSparseChunks.invoke(connection, targetFillRate, writeBytes);
    } catch (SQLException | RuntimeException e) {
      // The next run tries again; a database that is closing refuses, and that is fine.
      log.debug("H2's file not tidied this time", e);
    } catch (Throwable e) {
      log.warn("H2's file not tidied", e);
    }
  }

  /** Whether the database is an H2 file database; decided once. */
  boolean onH2File(Connection connection) throws SQLException {
    if (onH2File == null) {
      String url = connection.getMetaData().getURL();
      boolean h2File =
          "H2".equals(connection.getMetaData().getDatabaseProductName())
              && url != null
              && !url.startsWith("jdbc:h2:mem:");
      if (h2File) {
        try {
          rewriteSparseChunks =
              MethodHandles.publicLookup()
                  .findStatic(
                      Class.forName(COMPACTION),
                      "rewriteSparseChunks",
                      MethodType.methodType(boolean.class, Connection.class, int.class, int.class));
        } catch (ReflectiveOperationException e) {
          log.warn("{} not found: H2's file will not be tidied while Fordra runs", COMPACTION, e);
          h2File = false;
        }
      }
      onH2File = h2File;
    }
    return onH2File;
  }
}
