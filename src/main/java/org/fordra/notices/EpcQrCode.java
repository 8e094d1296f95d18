package org.fordra.notices;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.fordra.money.Money;

/**
 * The EPC QR code ("GiroCode", "scan to pay") of a euro notice: a SEPA credit transfer to the
 * creditor's IBAN for the amount owed today with the structured reference, which a banking app
 * fills in from the camera. Content as the European Payments Council's "Quick Response Code:
 * guidelines to enable data capture for the initiation of a SEPA credit transfer" (EPC069-12,
 * version 002): twelve lines, UTF-8, error correction level M, at most 331 bytes.
 */
public final class EpcQrCode {

  static final int MAX_BYTES = 331;
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
  private static final int MODULE_PIXELS = 4;
  private static final int QUIET_ZONE = 4;

  private EpcQrCode() {}

  /**
   * The code's text, or empty where no EPC code may be made: not euro, no IBAN, or an amount
   * outside what the guidelines allow (0.01 to 999,999,999.99).
   */
  public static Optional<String> payload(
      String creditorName, String iban, String bic, Money amount, String reference) {
    if (!"EUR".equals(amount.currency().getCurrencyCode())
        || iban == null
        || iban.isBlank()
        || amount.amount().signum() <= 0
        || amount.amount().compareTo(MAX_AMOUNT) > 0) {
      return Optional.empty();
    }
    boolean structured = reference != null && reference.replace(" ", "").matches("RF\\d{2}[A-Za-z0-9]{1,21}");
    String text =
        String.join(
            "\n",
            "BCD",
            "002",
            "1", // UTF-8
            "SCT",
            bic == null ? "" : bic.replace(" ", ""),
            cut(creditorName, 70),
            iban.replace(" ", "").toUpperCase(),
            "EUR" + amount.amount().setScale(2).toPlainString(),
            "", // purpose code
            structured ? reference.replace(" ", "") : "",
            structured ? "" : cut(reference == null ? "" : reference, 140));
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * The code as a PNG, each module four pixels square, with the four-module quiet zone the QR
   * standard asks for.
   */
  public static byte[] png(String payload) {
    try {
      return BlackAndWhitePng.of(
          QrSymbol.encode(payload, ErrorCorrectionLevel.M), QUIET_ZONE, MODULE_PIXELS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode the EPC QR code: " + e.getMessage(), e);
    }
  }

  /** For {@code <img src="...">} in a notice's HTML and its PDF. */
  public static String dataUri(String payload) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(payload));
  }

  private static String cut(String text, int max) {
    String clean = text.replace("\n", " ").replace("\r", " ").trim();
    return clean.length() <= max ? clean : clean.substring(0, max);
  }
}
