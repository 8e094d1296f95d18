package org.fordra.testing;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sends from the test's own thread while the test asks for it (the engine's
 * MyBatis statements are not seen). Registered for every test context in application-test.yml;
 * records nothing unless a test calls {@link #during}. For tests that show a step reads something
 * once, or not at all: what a statement count in the benchmark shows, made to fail when it
 * changes.
 */
public final class RecordedSql implements StatementInspector {

  private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

  /** Runs {@code work} in the calling thread and returns the SQL Hibernate sent meanwhile. */
  public static List<String> during(Runnable work) {
    List<String> sql = new ArrayList<>();
    RECORDING.set(sql);
    try {
      work.run();
    } finally {
      RECORDING.remove();
    }
    return sql;
  }

  /** The statements of {@code sql} that read or write {@code table} (its name as a word). */
  public static List<String> touching(List<String> sql, String table) {
    String word = "(?s).*\\b" + table + "\\b.*";
    return sql.stream().filter(statement -> statement.toLowerCase().matches(word)).toList();
  }

  @Override
  public String inspect(String sql) {
    List<String> recording = RECORDING.get();
    if (recording != null) {
      recording.add(sql);
    }
    return sql;
  }
}
