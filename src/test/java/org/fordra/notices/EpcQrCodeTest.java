package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import javax.imageio.ImageIO;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

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

  @Test
  void thePngIsOneBitGreyscaleAndEveryPixelIsItsModule() throws Exception {
    String payload =
        EpcQrCode.payload("Müller & Søn GmbH", "DE89370400440532013000", "COBADEFFXXX",
                Money.exact(new BigDecimal("249.90"), EUR), "RF18539007547034")
            .orElseThrow();
    byte[][] modules = QrSymbol.encode(payload, ErrorCorrectionLevel.M);

    byte[] png = EpcQrCode.png(payload);

    var reader = ImageIO.getImageReadersByFormatName("png").next();
    reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
    var metadata = (Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
    var header = (Element) metadata.getElementsByTagName("IHDR").item(0);
    assertThat(header.getAttribute("bitDepth")).isEqualTo("1");
    assertThat(header.getAttribute("colorType")).isEqualTo("Grayscale");
    BufferedImage image = reader.read(0);
    int size = (modules.length + 8) * 4;
    assertThat(image.getWidth()).isEqualTo(size);
    assertThat(image.getHeight()).isEqualTo(size);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int moduleX = x / 4 - 4;
        int moduleY = y / 4 - 4;
        boolean dark = moduleX >= 0 && moduleY >= 0 && moduleX < modules.length
            && moduleY < modules.length && modules[moduleY][moduleX] == 1;
        assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y)
            .isEqualTo(dark ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    assertThat(decode(png)).isEqualTo(payload);
    assertThat(decodeAsPhoto(png)).isEqualTo(payload);
  }

  /** As a camera sees it: found in the picture, not handed over as a bare symbol. */
  static String decodeAsPhoto(byte[] png) throws Exception {
    return decode(png, DecodeHintType.TRY_HARDER);
  }

  static String decode(byte[] png) throws Exception {
    return decode(png, DecodeHintType.PURE_BARCODE);
  }

  private static String decode(byte[] png, DecodeHintType how) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", how, Boolean.TRUE))
        .getText();
  }
}
