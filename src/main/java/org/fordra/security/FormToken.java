package org.fordra.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The synchronizer token of Fordra's own forms (login, sign-out): kept in the session, rendered
 * in the form, and required back, so another site cannot make a visitor's browser send the form
 * (cross-site request forgery). A fresh session, as after signing in, gets a fresh token.
 */
final class FormToken {

  private static final String ATTRIBUTE = "fordra.formToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormToken() {}

  /** The session's token, made on first use. */
  static String of(HttpSession session) {
    if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[24];
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
}
