package org.fordra.notices;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
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

  /** The code as a PNG, with the four-module quiet zone the QR standard asks for. */
  public static byte[] png(String payload) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                  Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET, "UTF-8",
                      EncodeHintType.MARGIN, 4));
      int modules = matrix.getWidth();
      int size = modules * MODULE_PIXELS;
      // Written a row of samples at a time (a binary image's palette: 0 black, 1 white), not a
      // pixel at a time through setRGB, which converts every colour and was half of this
      // method's time in the benchmark's profile (docs/benchmark.md).
      BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
      WritableRaster raster = image.getRaster();
      int[] row = new int[size];
      for (int moduleRow = 0; moduleRow < modules; moduleRow++) {
        for (int x = 0; x < size; x++) {
          row[x] = matrix.get(x / MODULE_PIXELS, moduleRow) ? 0 : 1;
        }
        for (int line = 0; line < MODULE_PIXELS; line++) {
          raster.setPixels(0, moduleRow * MODULE_PIXELS + line, size, 1, row);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      // In memory: ImageIO.write to a stream buffers through a temporary file by default.
      ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
      try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(image);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode the EPC QR code: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
