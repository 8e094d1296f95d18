package org.fordra.security;

import org.fordra.api.StaffGroups;
import org.fordra.api.ApiUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for {@code /api}, checked against the engine's users: the same accounts as Tasklist.
 * A request without valid credentials gets a problem+json 401 and never reaches a controller.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  /** What a token acts as once its scope allowed the route: the accounting side. */
  static final List<String> TOKEN_GROUPS = List.of(StaffGroups.MANAGERS);

  private final IdentityService identity;
  private final LoginThrottle throttle;
  private final Clock clock;
  private final ApiTokens tokens;

  public ApiAuthenticationFilter(
      IdentityService identity, LoginThrottle throttle, Clock clock, ApiTokens tokens) {
    this.identity = identity;
    this.throttle = throttle;
    this.clock = clock;
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      byToken(header.substring(7).trim(), request, response, chain);
      return;
    }
    String[] credentials = basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
    // The engine's password check refuses a closed (user, address) pair by itself (with a
    // plain 401, as at every door); here Fordra controls the answer, so it says when to retry.
    Optional<Instant> closed =
        credentials == null
            ? Optional.empty()
            : throttle.closedUntil(credentials[0], request.getRemoteAddr());
    if (closed.isPresent()) {
      tooManyFailures(response, closed.get());
      return;
    }
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      refuse(response);
      return;
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(credentials[0]).list().stream()
            .map(Group::getId)
            .toList();
    ApiUser.set(new ApiUser(credentials[0], groups));
    try {
      chain.doFilter(request, response);
    } finally {
      ApiUser.clear();
    }
  }

  /**
   * A machine client's token: it works only for the routes of its scopes (403 elsewhere) and acts
   * as the accounting side there, its name in the audit trail as {@code token:<name>}.
   */
  private void byToken(
      String secret, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var token = tokens.check(secret);
    if (token.isEmpty()) {
      refuse(response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!token.get().allows(request.getMethod(), path)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(
          "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
              + "\"detail\":\"The token '" + token.get().getName().replace("\"", "")
              + "' has no scope for " + request.getMethod() + " " + path.replace("\"", "")
              + ".\"}");
      return;
    }
    ApiUser.set(new ApiUser("token:" + token.get().getName(), TOKEN_GROUPS));
    try {
      chain.doFilter(request, response);
    } finally {
      ApiUser.clear();
    }
  }

  private static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private void tooManyFailures(HttpServletResponse response, Instant until) throws IOException {
    // Whole seconds, rounded up: a client that waits this long finds the pair open.
    long millis = Duration.between(clock.instant(), until).toMillis();
    long seconds = Math.max(1, (millis + 999) / 1000);
    response.setStatus(429);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many failed logins for this user from your address; try again"
                + " in " + seconds + " s.\"}");
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fordra\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Sign in with HTTP Basic, using your Fordra (Tasklist) account.\"}");
  }
}
