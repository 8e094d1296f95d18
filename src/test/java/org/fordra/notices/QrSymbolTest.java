package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * QrSymbol makes ZXing's symbol, module for module: the same data, the same mask chosen by the
 * same penalty, the same format information. Compared with ZXing's encoder left to choose the
 * mask itself, for payloads of every length an EPC code may have (every QR version up to 13 at
 * level M), in every mask ZXing chose.
 */
class QrSymbolTest {

  private static final String LETTERS =
      "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,-/&+ åäöøæéüßÅÄÖØÆ€";

  @Test
  void theSymbolIsTheOneZxingMakesForEveryLengthAnEpcCodeMayHave() throws Exception {
    Random random = new Random(20261203);
    var versions = new TreeSet<Integer>();
    var masks = new TreeSet<Integer>();
    for (int i = 0; i < 600; i++) {
      String payload = payload(random, 1 + random.nextInt(EpcQrCode.MAX_BYTES));
      QRCode zxing =
          Encoder.encode(payload, ErrorCorrectionLevel.M,
              Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));

      byte[][] ours = QrSymbol.encode(payload, ErrorCorrectionLevel.M);

      assertThat(ours).as("payload %d, %d bytes", i, bytes(payload))
          .isDeepEqualTo(rows(zxing.getMatrix()));
      versions.add(zxing.getVersion().getVersionNumber());
      masks.add(zxing.getMaskPattern());
    }
    assertThat(versions).contains(1, 2, 5, 7, 10, 12, 13);
    assertThat(masks).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void theOtherLevelsToo() throws Exception {
    Random random = new Random(7);
    for (ErrorCorrectionLevel level : ErrorCorrectionLevel.values()) {
      for (int i = 0; i < 50; i++) {
        String payload = payload(random, 1 + random.nextInt(200));
        QRCode zxing =
            Encoder.encode(payload, level, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));

        assertThat(QrSymbol.encode(payload, level)).as("%s, payload %d", level, i)
            .isDeepEqualTo(rows(zxing.getMatrix()));
      }
    }
  }

  private static String payload(Random random, int maxBytes) {
    StringBuilder text = new StringBuilder();
    while (true) {
      char next = LETTERS.charAt(random.nextInt(LETTERS.length()));
      if (bytes(text.toString() + next) > maxBytes) {
        return text.length() == 0 ? "x" : text.toString();
      }
      text.append(random.nextInt(12) == 0 ? '\n' : next);
    }
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static byte[][] rows(ByteMatrix matrix) {
    byte[][] rows = new byte[matrix.getHeight()][];
    for (int y = 0; y < rows.length; y++) {
      rows[y] = matrix.getArray()[y].clone();
    }
    return rows;
  }
}
