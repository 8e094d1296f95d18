package org.fordra.api;

import java.io.IOException;

/**
 * A request body went past its endpoint's limit (security's {@code BodySizeLimits}) while it was being read:
 * thrown by the body's stream, so whatever reads it stops there; the answer is 413.
 */
public class BodyTooLarge extends IOException {

  private final long limit;

  public BodyTooLarge(long limit) {
    super("The request body is larger than this endpoint's limit of " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  /** The limit that stopped the request, if {@code failure} was caused by one. */
  public static java.util.Optional<BodyTooLarge> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge tooLarge) {
        return java.util.Optional.of(tooLarge);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return java.util.Optional.empty();
  }

  /** "64 KiB", "16 MiB": as people read limits. */
  public static String readable(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }

  /** The problem's detail for a body past {@code limit} bytes. */
  public static String detail(long limit) {
    return "The request body is too large: this endpoint takes at most "
        + readable(limit) + " (" + limit + " bytes). Nothing was changed.";
  }
}
