package org.fordra.notices;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns a notice's letter HTML into the PDF a print-and-post service receives. DejaVu Sans is
 * embedded (from the jasperreports-fonts jar on Maven Central) so å ä ö ø æ ß ë € print the same
 * on every printer, whatever fonts it has.
 */
@Component
public class LetterPrinter {

  static final String FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

  public byte[] print(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not print the letter", e);
    }
  }

  private static InputStream font(String file) {
    InputStream in = LetterPrinter.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("font " + file + " missing from the classpath");
    }
    return in;
  }
}
