package org.fordra.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database the benchmark runs Fordra on: an embedded PostgreSQL 17 (binaries from Maven
 * Central) or an H2 file, started empty, and how many bytes it takes on disk.
 */
abstract class BenchDatabase implements AutoCloseable {

  static BenchDatabase start(String kind) throws IOException {
    return switch (kind) {
      case "postgres" -> new Postgres();
      case "h2" -> new H2();
      default -> throw new IllegalArgumentException("bench.db is postgres or h2, not " + kind);
    };
  }

  abstract String name();

  /** Spring profiles besides {@code bench}. */
  abstract List<String> profiles();

  abstract String url();

  abstract String user();

  abstract String password();

  /** Bytes the database takes now. */
  abstract long bytes(DataSource dataSource);

  /**
   * Work the database has done so far: transactions committed and rows written, where the
   * database counts them (PostgreSQL); it does not depend on how busy the machine is.
   */
  Work work(DataSource dataSource) {
    return Work.UNKNOWN;
  }

  /**
   * CPU time the database's own processes have used so far, in nanoseconds, where the database
   * runs apart from the JVM (PostgreSQL); -1 where it does not (H2's work is the JVM's).
   */
  long cpuNanos(DataSource dataSource) {
    return -1;
  }

  /** Bytes each table takes now with its indexes and TOAST, where the database tells (PostgreSQL). */
  Map<String, Long> tableBytes(DataSource dataSource) {
    return Map.of();
  }

  /** Bytes each index takes now, where the database tells (PostgreSQL), keyed "table.index". */
  Map<String, Long> indexBytes(DataSource dataSource) {
    return Map.of();
  }

  /**
   * Rows each table has had inserted so far, and holds now live and dead (not yet vacuumed), where
   * the database counts them (PostgreSQL's statistics, flushed about once a second).
   */
  Map<String, TableRows> tableRows(DataSource dataSource) {
    return Map.of();
  }

  /** Also the rows read by sequential scans: a table read whole where an index should serve. */
  record TableRows(long inserted, long live, long dead, long seqRead, long updated, long hotUpdated) {}

  /** How {@link #statements} orders what it lists, first first. */
  enum StatementOrder {
    CALLS("calls"),
    SERVER_TIME("total_exec_time"),
    /** The pages a statement touches (a whole table read shows here, however fast). */
    PAGES("shared_blks_hit + shared_blks_read");

    final String column;

    StatementOrder(String column) {
      this.column = column;
    }
  }

  /** Statements run since the last {@link #resetStatements}, where counted, in this order. */
  List<Statement> statements(DataSource dataSource, int top, StatementOrder order) {
    return List.of();
  }

  void resetStatements(DataSource dataSource) {}

  /**
   * One normalised statement, how often it ran, the server's time, the pages it touched and the
   * WAL it wrote in all (whole pages written again after a checkpoint among it).
   */
  record Statement(
      long calls, long rows, double millis, long pages, long walBytes, long walFullPages,
      String query) {}

  record Work(long commits, long inserted, long updated, long deleted) {
    static final Work UNKNOWN = new Work(-1, -1, -1, -1);

    Work minus(Work before) {
      return commits < 0 ? UNKNOWN : new Work(commits - before.commits, inserted - before.inserted,
          updated - before.updated, deleted - before.deleted);
    }

    String perInvoice(int invoices) {
      return commits < 0
          ? "n/a"
          : String.format("%.1f commits, %.1f rows inserted, %.1f updated, %.1f deleted",
              (double) commits / invoices, (double) inserted / invoices,
              (double) updated / invoices, (double) deleted / invoices);
    }
  }

  @Override
  public void close() throws IOException {}

  static final class Postgres extends BenchDatabase {
    private static final java.io.File LOG = new java.io.File("target/bench-postgres.log");
    private final EmbeddedPostgres postgres;
    private boolean closed;

    Postgres() throws IOException {
      // zonky turns synchronous_commit off by default; a production server commits durably,
      // so the benchmark does too unless told otherwise.
      postgres =
          EmbeddedPostgres.builder()
              .setServerConfig(
                  "synchronous_commit", System.getProperty("bench.pg.synchronous_commit", "on"))
              .setServerConfig("max_connections", "100")
              // A server sized for the machine, as docs/cluster.md advises for production, not
              // PostgreSQL's small defaults (128 MB of buffers, a checkpoint every 1 GB of WAL):
              // with those, the round of 100,000 checkpointed every 15 s, and after each
              // checkpoint the first change to any page writes the whole page to the WAL again.
              .setServerConfig("shared_buffers", System.getProperty("bench.pg.shared_buffers", "2GB"))
              .setServerConfig("max_wal_size", System.getProperty("bench.pg.max_wal_size", "8GB"))
              .setServerConfig(
                  "checkpoint_timeout", System.getProperty("bench.pg.checkpoint_timeout", "15min"))
              // Statement counts (pg_stat_statements ships with zonky's binaries; it must be
              // loaded at start).
              .setServerConfig("shared_preload_libraries", "pg_stat_statements")
              // FordraBench stops the server itself, after Fordra, on every way out.
              .setRegisterShutdownHook(false)
              // The server's own log goes to a file: the benchmark's output stays readable.
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(LOG))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(LOG))
              .start();
    }

    @Override
    String name() {
      return "postgres";
    }

    @Override
    List<String> profiles() {
      return List.of("postgres");
    }

    @Override
    String url() {
      return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    String user() {
      return "postgres";
    }

    @Override
    String password() {
      return "postgres";
    }

    @Override
    long bytes(DataSource dataSource) {
      Long size =
          new JdbcTemplate(dataSource)
              .queryForObject("select pg_database_size(current_database())", Long.class);
      return size == null ? 0 : size;
    }

    @Override
    Work work(DataSource dataSource) {
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      // The statistics collector reports with a delay; ask for a fresh snapshot.
      jdbc.execute("select pg_stat_clear_snapshot()");
      return jdbc.queryForObject(
          "select xact_commit, tup_inserted, tup_updated, tup_deleted from pg_stat_database"
              + " where datname = current_database()",
          (row, n) -> new Work(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)));
    }

    /**
     * The server's processes from Linux's /proc: the postmaster's own time and that of the
     * children it has reaped (backends and workers that ended), plus the time of its children
     * still running (the pool's backends, the WAL writer, the checkpointer, autovacuum).
     */
    @Override
    long cpuNanos(DataSource dataSource) {
      try {
        Integer backend =
            new JdbcTemplate(dataSource).queryForObject("select pg_backend_pid()", Integer.class);
        long postmaster = ProcStat.of(backend).parent();
        ProcStat server = ProcStat.of(postmaster);
        long ticks = server.ownTicks() + server.reapedChildrenTicks();
        try (var pids = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
          for (var dir : pids.toList()) {
            String name = dir.getFileName().toString();
            if (name.chars().allMatch(Character::isDigit)) {
              ProcStat child = ProcStat.ofOrNull(Long.parseLong(name));
              if (child != null && child.parent() == postmaster) {
                ticks += child.ownTicks();
              }
            }
          }
        }
        return ticks * ProcStat.NANOS_PER_TICK;
      } catch (IOException | RuntimeException unavailable) {
        return -1;
      }
    }

    @Override
    Map<String, Long> tableBytes(DataSource dataSource) {
      return sizes(dataSource,
          "select c.relname, pg_total_relation_size(c.oid) from pg_class c"
              + " join pg_namespace n on n.oid = c.relnamespace"
              + " where c.relkind = 'r' and n.nspname = current_schema()");
    }

    @Override
    Map<String, Long> indexBytes(DataSource dataSource) {
      return sizes(dataSource,
          "select t.relname || '.' || i.relname, pg_relation_size(i.oid) from pg_index x"
              + " join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
              + " join pg_namespace n on n.oid = t.relnamespace where n.nspname = current_schema()");
    }

    private static Map<String, Long> sizes(DataSource dataSource, String namesAndBytes) {
      Map<String, Long> bytes = new HashMap<>();
      new JdbcTemplate(dataSource)
          .query(namesAndBytes, row -> {
            bytes.put(row.getString(1), row.getLong(2));
          });
      return bytes;
    }

    @Override
    Map<String, TableRows> tableRows(DataSource dataSource) {
      Map<String, TableRows> rows = new HashMap<>();
      new JdbcTemplate(dataSource)
          .query(
              "select relname, n_tup_ins, n_live_tup, n_dead_tup, seq_tup_read, n_tup_upd, n_tup_hot_upd"
                  + " from pg_stat_user_tables"
                  + " where schemaname = current_schema()",
              row -> {
                rows.put(row.getString(1), new TableRows(row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                    row.getLong(6), row.getLong(7)));
              });
      return rows;
    }

    @Override
    void resetStatements(DataSource dataSource) {
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      jdbc.execute("create extension if not exists pg_stat_statements");
      jdbc.execute("select pg_stat_statements_reset()");
    }

    @Override
    List<Statement> statements(DataSource dataSource, int top, StatementOrder order) {
      return new JdbcTemplate(dataSource)
          .query(
              "select calls, rows, total_exec_time, shared_blks_hit + shared_blks_read,"
                  + " wal_bytes, wal_fpi, query"
                  + " from pg_stat_statements"
                  + " where dbid = (select oid from pg_database where datname = current_database())"
                  + " order by " + order.column + " desc limit ?",
              (row, n) -> new Statement(row.getLong(1), row.getLong(2), row.getDouble(3),
                  row.getLong(4), row.getLong(5), row.getLong(6), row.getString(7)),
              top);
    }

    @Override
    public synchronized void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      postgres.close();
    }
  }

  static final class H2 extends BenchDatabase {
    private static final Path FOLDER = Path.of("target", "bench-h2");

    H2() throws IOException {
      if (Files.exists(FOLDER)) {
        try (Stream<Path> files = Files.walk(FOLDER)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(FOLDER);
    }

    @Override
    String name() {
      return "h2";
    }

    @Override
    List<String> profiles() {
      return List.of();
    }

    @Override
    String url() {
      return "jdbc:h2:file:" + FOLDER.toAbsolutePath().resolve("fordra") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @Override
    String user() {
      return "sa";
    }

    @Override
    String password() {
      return "";
    }

    @Override
    long bytes(DataSource dataSource) {
      new JdbcTemplate(dataSource).execute("CHECKPOINT SYNC");
      try (Stream<Path> files = Files.list(FOLDER)) {
        return files.mapToLong(
                file -> {
                  try {
                    return Files.size(file);
                  } catch (IOException gone) {
                    return 0;
                  }
                })
            .sum();
      } catch (IOException unreadable) {
        throw new IllegalStateException(unreadable);
      }
    }
  }

  /** A process's line in /proc/PID/stat: its parent and CPU ticks (proc(5)). */
  record ProcStat(long parent, long ownTicks, long reapedChildrenTicks) {
    /** USER_HZ, 100 on Linux's every architecture that runs a JVM here (proc(5): "clock ticks"). */
    static final long NANOS_PER_TICK = 10_000_000L;

    static ProcStat of(long pid) throws IOException {
      ProcStat stat = ofOrNull(pid);
      if (stat == null) {
        throw new IOException("no process " + pid);
      }
      return stat;
    }

    static ProcStat ofOrNull(long pid) {
      String line;
      try {
        line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
      } catch (IOException | RuntimeException gone) {
        return null;
      }
      // The command name (field 2) may hold spaces; the fields after its closing bracket do not.
      String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
      // f[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
      return new ProcStat(
          Long.parseLong(f[1]),
          Long.parseLong(f[11]) + Long.parseLong(f[12]),
          Long.parseLong(f[13]) + Long.parseLong(f[14]));
    }
  }
}
