package org.fordra.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Compiled apart from the main code (pom.xml, compile-h2-trigger), against the runtime
 * classpath: H2 is a runtime dependency. Called by {@link H2FileHousekeeping} through
 * reflection.
 *
 * <p>Gives {@link H2FileHousekeeping} the housekeeping H2's own background thread does when
 * {@code WRITE_DELAY} is above 0 (FileStore.doHousekeeping: rewrite the live pages of sparse
 * chunks, move chunks together when the file is fragmented, so that the space of dead chunks is
 * reused). Fordra holds H2 to {@code WRITE_DELAY=0} (every commit on disk, {@link
 * DurableCommits}), and with 0 H2 starts no such thread (FileStore.setAutoCommitDelay): every
 * commit leaves a chunk that is never rewritten while a few of its pages stay live, and the file
 * grew by about 2.5 MB per invoice. H2 2.3.232's method is protected; this calls that very
 * method rather than a copy of its rules.
 */
public final class H2StoreCompaction {

  private H2StoreCompaction() {}

  /**
   * The housekeeping of the database behind {@code connection}, or {@code null} for a database
   * that is not in a file. Each run does one round, as H2's thread would; it returns quietly
   * once the database is closed.
   */
  public static Runnable housekeeper(Connection connection) throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    Store store = session.getDatabase().getStore();
    if (store == null || store.getMvStore().getFileStore() == null) {
      return null;
    }
    MVStore mvStore = store.getMvStore();
    FileStore<?> fileStore = mvStore.getFileStore();
    Method housekeeping = housekeepingOf(fileStore.getClass());
    housekeeping.setAccessible(true);
    return () -> {
      if (mvStore.isClosed()) {
        return;
      }
      try {
        housekeeping.invoke(fileStore, mvStore);
      } catch (InvocationTargetException e) {
        if (!mvStore.isClosed()) {
          throw new IllegalStateException("H2's housekeeping failed", e.getCause());
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static Method housekeepingOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod("doHousekeeping", MVStore.class);
      } catch (NoSuchMethodException e) {
        // declared higher up
      }
    }
    throw new IllegalStateException(
        "H2's FileStore has no doHousekeeping(MVStore): another H2 version than 2.3.232?");
  }
}
