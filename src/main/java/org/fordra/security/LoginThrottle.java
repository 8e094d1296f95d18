package org.fordra.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down whoever guesses passwords, without ever locking an account (issue 11, finding 4:
 * the engine's own lock let anybody lock {@code sales} or {@code admin} for good with wrong
 * passwords). Failures are counted per user <em>and</em> client address: an attacker's guesses
 * delay the attacker's address only, and the real user signs in from their own at once.
 *
 * <p>The first four failures cost nothing (typos); from the {@value #FREE_FAILURES}th on, each
 * failure closes the pair for 1 s, 2 s, 4 s ... at most {@link #LONGEST_DELAY}. While closed, a login is refused
 * without looking at the password, so guessing gets no faster by hammering. A right password
 * clears the pair; a pair quiet for {@link #FORGET_AFTER} is forgotten. At most
 * {@value #MAX_PAIRS} pairs are kept, so a spray of made-up names cannot fill the memory.
 *
 * <p>Every door (Fordra's API, /engine-rest, the Camunda webapps' login, Fordra's login page)
 * ends in the engine's password check, where {@link ThrottledIdentityProvider} asks this class.
 * "Now" is the one {@link Clock} of Fordra, so tests move time with the engine clock.
 */
@Component
public class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  static final int MAX_PAIRS = 10_000;
  /** Longer names are cut: Tomcat allows 8 KB of headers, which is no user name. */
  private static final int LONGEST_NAME = 200;

  /** A (user, address) pair that failed recently; {@code blockedUntil} is null when open. */
  public record FailedLogin(
      String user, String address, int failures, Instant lastAt, Instant blockedUntil) {}

  private record Pair(String user, String address) {}

  private final Clock clock;
  private final Map<Pair, FailedLogin> failures = new HashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** When the pair may try again, if it may not now. */
  public synchronized Optional<Instant> closedUntil(String user, String address) {
    FailedLogin failed = failures.get(pair(user, address));
    Instant now = clock.instant();
    if (failed == null || failed.blockedUntil() == null || !failed.blockedUntil().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(failed.blockedUntil());
  }

  /** A wrong password (or an unknown user) from this address. */
  public synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    Pair pair = pair(user, address);
    FailedLogin before = failures.get(pair);
    if (before == null) {
      makeRoom(now);
    }
    int count = before == null ? 1 : before.failures() + 1;
    failures.put(
        pair, new FailedLogin(pair.user(), pair.address(), count, now, closedAfter(count, now)));
  }

  /** The right password: the pair starts afresh. */
  public synchronized void succeeded(String user, String address) {
    failures.remove(pair(user, address));
  }

  /** Failed logins of the last hour, newest first. */
  public synchronized List<FailedLogin> recent() {
    forgetQuiet(clock.instant());
    return failures.values().stream()
        .sorted(Comparator.comparing(FailedLogin::lastAt).reversed())
        .toList();
  }

  static Instant closedAfter(int failures, Instant now) {
    if (failures < FREE_FAILURES) {
      return null;
    }
    int doublings = failures - FREE_FAILURES;
    // 2^10 s is past the cap already; no shift beyond it, so no overflow however many failures.
    Duration delay =
        doublings >= 10 ? LONGEST_DELAY : FIRST_DELAY.multipliedBy(1L << doublings);
    return now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
  }

  private void makeRoom(Instant now) {
    if (failures.size() < MAX_PAIRS) {
      return;
    }
    forgetQuiet(now);
    if (failures.size() >= MAX_PAIRS) {
      // Still full of pairs failing right now: the one quiet longest goes first.
      failures.values().stream()
          .min(Comparator.comparing(FailedLogin::lastAt))
          .ifPresent(oldest -> failures.remove(pair(oldest.user(), oldest.address())));
    }
  }

  private void forgetQuiet(Instant now) {
    Instant quietSince = now.minus(FORGET_AFTER);
    failures.values().removeIf(failed -> failed.lastAt().isBefore(quietSince));
  }

  private static Pair pair(String user, String address) {
    String name = user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
    if (name.length() > LONGEST_NAME) {
      name = name.substring(0, LONGEST_NAME);
    }
    return new Pair(name, address == null ? ClientAddress.NONE : address);
  }
}
