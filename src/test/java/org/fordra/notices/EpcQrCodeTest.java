package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import javax.imageio.ImageIO;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The code a banking app scans, decoded back the way the app would: EPC069-12 version 002 with
 * the creditor's IBAN, the amount and the RF reference.
 */
class EpcQrCodeTest {

  static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void aEuroNoticeCarriesACreditTransferABankingAppCanRead() throws Exception {
    String payload =
        EpcQrCode.payload("Nordlys Trading AB", "NL91 ABNA 0417 1643 00", "ABNANL2A",
                Money.exact(new BigDecimal("1047.50"), EUR), "RF18 5390 0754 7034")
            .orElseThrow();

    String scanned = decode(EpcQrCode.png(payload));

    assertThat(scanned).isEqualTo(payload);
    assertThat(scanned.split("\n", -1))
        .containsExactly("BCD", "002", "1", "SCT", "ABNANL2A", "Nordlys Trading AB",
            "NL91ABNA0417164300", "EUR1047.50", "", "RF18539007547034", "");
  }

  @Test
  void eachModuleIsFourPixelsSquareInsideAFourModuleQuietZone() throws Exception {
    String payload =
        EpcQrCode.payload("Nordlys Trading AB", "DE89370400440532013000", null,
                Money.exact(new BigDecimal("12"), EUR), "Invoice 2026-0042")
            .orElseThrow();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(EpcQrCode.png(payload)));

    assertThat(image.getWidth()).isEqualTo(image.getHeight());
    assertThat(image.getWidth() % 4).isZero();
    int white = 0xFFFFFFFF;
    int black = 0xFF000000;
    for (int xy = 0; xy < 16; xy++) {
      assertThat(image.getRGB(xy, xy)).isEqualTo(white); // the quiet zone
    }
    // The finder pattern's corner module, then its white ring, four pixels each.
    for (int xy = 16; xy < 20; xy++) {
      assertThat(image.getRGB(xy, 16)).isEqualTo(black);
      assertThat(image.getRGB(xy + 4, 20)).isEqualTo(white);
    }
  }

  @Test
  void withoutAStructuredReferenceTheTextGoesInTheRemittanceLine() {
    String payload =
        EpcQrCode.payload("Nordlys Trading AB", "DE89370400440532013000", null,
                Money.exact(new BigDecimal("12"), EUR), "Invoice 2026-0042")
            .orElseThrow();

    assertThat(payload.split("\n", -1)).endsWith("EUR12.00", "", "", "Invoice 2026-0042");
  }

  @Test
  void onlyEuroWithAnIbanAndAnAmountTheGuidelinesAllow() {
    Currency sek = Currency.getInstance("SEK");
    assertThat(EpcQrCode.payload("X", "SE4550000000058398257466", null,
        Money.exact(new BigDecimal("10.00"), sek), "RF18539007547034")).isEmpty();
    assertThat(EpcQrCode.payload("X", "", null,
        Money.exact(new BigDecimal("10.00"), EUR), "RF18539007547034")).isEmpty();
    assertThat(EpcQrCode.payload("X", "DE89370400440532013000", null,
        Money.exact(new BigDecimal("0.00"), EUR), "RF18539007547034")).isEmpty();
    assertThat(EpcQrCode.payload("X", "DE89370400440532013000", null,
        Money.exact(new BigDecimal("1000000000.00"), EUR), "RF18539007547034")).isEmpty();
  }

  static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }
}
