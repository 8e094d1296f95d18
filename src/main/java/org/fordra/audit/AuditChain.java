package org.fordra.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain that makes each invoice's audit trail tamper-evident. A line's own hash covers
 * the hash of the line before it, its time, actor and action, and the hash of its detail, not
 * the detail itself: the detail is where a customer's personal data may be, and the retention
 * job replaces it by a pseudonym when the retention period ends (GDPR art. 5(1)(e), art. 17)
 * while the chain still verifies.
 */
public final class AuditChain {

  private AuditChain() {}

  public static String detailHash(String detail) {
    return sha256(detail);
  }

  public static String entryHash(
      String prevHash, String invoiceNumber, Instant at, String actor, String action,
      String detailHash) {
    // Each field with its length first, so no two different lines give the same text.
    StringBuilder text = new StringBuilder();
    for (String field :
        new String[] {prevHash, invoiceNumber, at.toString(), actor, action, detailHash}) {
      String value = field == null ? "" : field;
      text.append(value.length()).append(':').append(value).append(';');
    }
    return sha256(text.toString());
  }

  /** The hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
