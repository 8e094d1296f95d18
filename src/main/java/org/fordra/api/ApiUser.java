package org.fordra.api;

import java.util.List;
import java.util.Optional;

/**
 * Who is calling Fordra's API on this thread: set by security's {@code ApiAuthenticationFilter}
 * (here in the shared {@code api} module so that {@link Staff} reads it without depending on
 * {@code security}).
 */
public record ApiUser(String id, List<String> groups) {

  private static final ThreadLocal<ApiUser> CURRENT = new ThreadLocal<>();

  public static Optional<ApiUser> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** For the authentication filter only. */
  public static void set(ApiUser user) {
    CURRENT.set(user);
  }

  public static void clear() {
    CURRENT.remove();
  }

  /**
   * Runs {@code work} on behalf of {@code user}, as if they had called the API: for work Fordra
   * does for a person outside a request (the demo's history, imports).
   */
  public static <T> T actingAs(ApiUser user, java.util.function.Supplier<T> work) {
    ApiUser before = CURRENT.get();
    CURRENT.set(user);
    try {
      return work.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
