package org.fordra.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Fordra-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} (CONTRACT.md). The
 * receiver recomputes it with the shared secret and refuses a body whose signature differs or
 * whose {@code t} is too old (a replayed request).
 */
final class WebhookSignature {

  static final String HEADER = "Fordra-Signature";

  private WebhookSignature() {}

  static String header(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
  }

  static String hmac(String secret, String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
    }
  }
}
