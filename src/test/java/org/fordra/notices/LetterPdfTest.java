package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.notices.NoticeFixtures.*;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fordra.customer.Customer;
import org.fordra.invoice.Invoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Letters read back as a print service would: the invoice, the total, the letters of each language. */
class LetterPdfTest {

  final NoticeRenderer renderer = new NoticeRenderer(CREDITOR);
  final LetterPrinter printer = new LetterPrinter();

  @ParameterizedTest(name = "final notice letter in {0}")
  @CsvSource({
    "en, Final notice before collection",
    "sv, Förfallodatum",
    "nb, Inkassovarsel",
    "nl, Laatste aanmaning",
    "de, Mit freundlichen Grüßen"
  })
  void aLetterCarriesTheInvoiceTheTotalAndItsOwnLanguage(String language, String phrase)
      throws IOException {
    Customer customer = customer(language, COUNTRY_OF.get(language));
    Invoice invoice = invoice(customer, "INV-2026-0042");
    var payoff = payoff(invoice);
    var request =
        new NoticeRenderer.Request(
            invoice, NoticeKind.FINAL_NOTICE, NoticeFacts.payBy(PAY_BY), payoff, TODAY);
    CustomerFormat format = new CustomerFormat(customer.locale());

    byte[] pdf = printer.print(renderer.letter(request).html());

    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = spaced(new PDFTextStripper().getText(document));
      assertThat(text)
          .contains("INV-2026-0042")
          .contains(spaced(format.money(payoff.total())))
          .contains(spaced(format.date(PAY_BY)))
          .contains(phrase)
          // The customer's name and address, with letters outside ASCII, as the window shows it.
          .contains("Åsa Öberg Ærøskøbing")
          .contains("411 19 Göteborg");
      PDFont font =
          document.getPage(0).getResources().getFont(
              document.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.getName()).contains("DejaVuSans");
      assertThat(font.isEmbedded()).isTrue();
    }
  }

  /** PDF text comes back with plain spaces where the formats use no-break ones. */
  private static String spaced(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-');
  }
}
