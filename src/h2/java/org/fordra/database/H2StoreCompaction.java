package org.fordra.database;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Compiled apart from the main code (pom.xml, compile-h2-trigger), against the runtime
 * classpath: H2 is a runtime dependency. Called by {@link H2FileHousekeeping} through
 * reflection.
 *
 * <p>Does, on request, what H2's own background thread does when {@code WRITE_DELAY} is above
 * 0: rewrites the live pages of sparse chunks ({@link MVStore#compact(int, int)}), so that the
 * chunks become dead and their space is reused by later commits. Fordra holds H2 to
 * {@code WRITE_DELAY=0} (every commit on disk, {@link DurableCommits}), and with 0 H2 starts
 * no such thread (its FileStore.setAutoCommitDelay): every commit leaves a chunk that is never
 * rewritten while a few of its pages stay live, and the file grew by 2.4 MB per invoice.
 */
public final class H2StoreCompaction {

  private H2StoreCompaction() {}

  /**
   * @param targetFillRate chunks with fewer live bytes than this percentage are rewritten
   * @param writeBytes at most about this many bytes are rewritten per call
   * @return whether any chunk was rewritten
   */
  public static boolean rewriteSparseChunks(Connection connection, int targetFillRate, int writeBytes)
      throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    Store store = session.getDatabase().getStore();
    if (store == null) {
      return false;
    }
    MVStore mvStore = store.getMvStore();
    if (mvStore.getFileStore() == null || mvStore.isClosed()) {
      return false; // an in-memory database: nothing on disk to tidy
    }
    return mvStore.compact(targetFillRate, writeBytes);
  }

  /** The share of live bytes in the file's chunks, 0 to 100. */
  public static int chunksFillRate(Connection connection) throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    Store store = session.getDatabase().getStore();
    if (store == null || store.getMvStore().getFileStore() == null) {
      return 100;
    }
    return store.getMvStore().getFileStore().getChunksFillRate();
  }
}
