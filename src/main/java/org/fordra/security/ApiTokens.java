package org.fordra.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API tokens. A token is {@code fdr_} and 32 random bytes; it is
 * shown once, when issued, and only its SHA-256 is stored (a token is random enough that a fast
 * hash is safe; a password would need a slow one).
 */
@Component
public class ApiTokens {

  static final String PREFIX = "fdr_";
  /** How often a token's "last used" is written: not on every call of a busy client. */
  static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

  private final ApiTokenRepository tokens;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(ApiTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  record Issued(ApiToken token, String secret) {}

  @Transactional
  Issued issue(String name, List<ApiTokenScope> scopes, String by) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token = tokens.save(new ApiToken(name, hash(secret), scopes, by, clock.instant()));
    return new Issued(token, secret);
  }

  @Transactional
  Optional<ApiToken> check(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<ApiToken> token = tokens.findActive(hash(secret));
    Instant now = clock.instant();
    token.filter(t -> t.getLastUsedAt() == null
            || t.getLastUsedAt().plus(USE_RESOLUTION).isBefore(now))
        .ifPresent(t -> t.used(now));
    return token;
  }

  @Transactional
  boolean revoke(Long id) {
    return tokens.findById(id).map(token -> {
      token.revoke(clock.instant());
      return true;
    }).orElse(false);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
    }
  }
}
