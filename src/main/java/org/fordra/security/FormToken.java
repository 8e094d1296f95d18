package org.fordra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The token a form on Fordra's own pages carries, bound to the signed-in session: a form posted
 * from another site does not have it, so it cannot make a signed-in member of staff change
 * anything (cross-site request forgery). Same scheme as the login form's.
 */
public final class FormToken {

  static final String ATTRIBUTE = "fordra.formToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormToken() {}

  /** The session's token, made on first use. */
  public static String of(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String fresh = HexFormat.of().formatHex(bytes);
    session.setAttribute(ATTRIBUTE, fresh);
    return fresh;
  }

  /** The session's token, for a form rendered where the session is at hand (sign-out). */
  static String of(HttpSession session) {
    if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String fresh = HexFormat.of().formatHex(bytes);
    session.setAttribute(ATTRIBUTE, fresh);
    return fresh;
  }

  /** Whether {@code sent} is the token of {@code session} (compared in constant time). */
  static boolean matches(HttpSession session, String sent) {
    return session != null
        && session.getAttribute(ATTRIBUTE) instanceof String expected
        && sent != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code token} is this session's. */
  public static boolean accepts(HttpServletRequest request, String token) {
    HttpSession session = request.getSession(false);
    return session != null
        && session.getAttribute(ATTRIBUTE) instanceof String expected
        && token != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
