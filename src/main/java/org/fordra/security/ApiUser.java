package org.fordra.security;

import java.util.List;
import java.util.Optional;

/** Who is calling Fordra's API on this thread: set by {@link ApiAuthenticationFilter}. */
public record ApiUser(String id, List<String> groups) {

  private static final ThreadLocal<ApiUser> CURRENT = new ThreadLocal<>();

  public static Optional<ApiUser> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void set(ApiUser user) {
    CURRENT.set(user);
  }

  static void clear() {
    CURRENT.remove();
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
