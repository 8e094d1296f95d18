package org.fordra.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements Fordra and the engine send, by statement text, when the benchmark runs
 * with {@code -Dbench.countSql=true}: wraps the application's DataSource so that every statement
 * executed (a batch counts as one round trip) is tallied. Off by default: the proxies cost a little
 * on every call, and the timed figures should not carry them.
 */
final class StatementCount implements BeanPostProcessor {

  private static final Map<String, LongAdder> BY_SQL = new ConcurrentHashMap<>();

  static boolean enabled() {
    return Boolean.getBoolean("bench.countSql");
  }

  static Map<String, Long> snapshot() {
    Map<String, Long> copy = new java.util.HashMap<>();
    BY_SQL.forEach((sql, count) -> copy.put(sql, count.sum()));
    return copy;
  }

  /** The statements run since {@code before}, most frequent first, per invoice. */
  static void print(String label, Map<String, Long> before, int invoices, int top) {
    Map<String, Long> now = snapshot();
    long total = 0;
    var rows = new java.util.ArrayList<Map.Entry<String, Long>>();
    for (var entry : now.entrySet()) {
      long delta = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
      if (delta > 0) {
        rows.add(Map.entry(entry.getKey(), delta));
        total += delta;
      }
    }
    rows.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    System.out.printf("bench | %s SQL: %.1f statements per invoice%n", label, (double) total / invoices);
    rows.stream()
        .limit(top)
        .forEach(
            row ->
                System.out.printf(
                    "bench |   %6.2f  %s%n", (double) row.getValue() / invoices, row.getKey()));
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
      return proxy(DataSource.class, dataSource, null);
    }
    return bean;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, String sql) {
    InvocationHandler handler =
        (self, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException failed) {
            throw failed.getCause();
          }
          String name = method.getName();
          if (result instanceof Connection connection && type == DataSource.class) {
            return proxy(Connection.class, connection, null);
          }
          if (result instanceof PreparedStatement statement && type == Connection.class) {
            return proxy(PreparedStatement.class, statement, (String) args[0]);
          }
          if (result instanceof Statement statement && type == Connection.class) {
            return proxy(Statement.class, statement, null);
          }
          if (name.startsWith("execute") && (type == PreparedStatement.class || type == Statement.class)) {
            String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
            BY_SQL.computeIfAbsent(key(text, name), k -> new LongAdder()).increment();
          }
          return result;
        };
    return (T) Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

  /** The statement's text on one line, cut short; worked out once per distinct text. */
  private static String key(String sql, String method) {
    String flat =
        KEYS.computeIfAbsent(
            sql,
            text -> {
              String line = text.replaceAll("\\s+", " ").trim();
              return line.length() > 150 ? line.substring(0, 150) : line;
            });
    return method.equals("executeBatch") ? "[batch] " + flat : flat;
  }

  StatementCount() {}
}
