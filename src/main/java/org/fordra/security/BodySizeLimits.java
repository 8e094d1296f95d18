package org.fordra.security;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each endpoint takes ({@code fordra.max-body-size.*}, see
 * application.yml and docs/security.md): one named entry per endpoint or group of endpoints,
 * with an Ant path pattern, optionally an HTTP method, and the limit. The most specific pattern
 * that matches wins, an entry with the request's method before one without; a request no entry
 * matches has no limit of Fordra's own.
 */
@ConfigurationProperties("fordra")
public record BodySizeLimits(Map<String, Entry> maxBodySize) {

  /** One line of the table, e.g. {@code path: /api/invoices/batch, method: POST, limit: 16MB}. */
  public record Entry(String path, String method, DataSize limit) {}

  /** The limit that applies, or null for none. */
  public record Applied(String name, long bytes) {}

  private static final AntPathMatcher PATHS = new AntPathMatcher();

  public BodySizeLimits {
    maxBodySize = maxBodySize == null ? Map.of() : new LinkedHashMap<>(maxBodySize);
    maxBodySize.forEach(
        (name, entry) -> {
          if (entry == null || entry.path() == null || entry.limit() == null
              || entry.limit().toBytes() < 0) {
            throw new IllegalStateException(
                "fordra.max-body-size." + name + " needs a path and a limit of 0 or more");
          }
        });
  }

  public Applied limitFor(String method, String path) {
    List<Map.Entry<String, Entry>> matching =
        maxBodySize.entrySet().stream()
            .filter(e -> PATHS.match(e.getValue().path(), path))
            .filter(e -> e.getValue().method() == null
                || e.getValue().method().equalsIgnoreCase(method))
            .toList();
    Comparator<String> specificity = PATHS.getPatternComparator(path);
    return matching.stream()
        .min(
            Comparator.<Map.Entry<String, Entry>, String>comparing(
                    e -> e.getValue().path(), specificity)
                .thenComparing(e -> e.getValue().method() == null))
        .map(e -> new Applied(e.getKey(), e.getValue().limit().toBytes()))
        .orElse(null);
  }
}
