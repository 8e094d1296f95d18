package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.notices.NoticeFixtures.*;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fordra.customer.Customer;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.reference.ReferenceScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A notice says where to pay in the invoice's currency and with which reference, in the words of
 * the payer's bank: never another currency's account, never the invoice number as a reference.
 */
class NoticePaymentDetailsTest {

  final NoticeRenderer renderer = new NoticeRenderer(CREDITOR);

  @ParameterizedTest(name = "{0} customer in {1}")
  @CsvSource({
    // language, country, reference, label of the reference, what must show, what must not
    "nl, NL, RF18539007547034,   Betalingskenmerk,         NL91 ABNA 0417 1643 00, 5050-1055",
    "nl, NL, 5000056789012345,   Betalingskenmerk,         ABNANL2A,               5050-1055",
    "de, DE, RF18539007547034,   Strukturierte Referenz (RF), ABNANL2A,            5050-1055",
    "sv, SE, 1234574,            OCR-nummer,               5050-1055,              NL91 ABNA",
    "nb, NO, 12345678903,        KID,                      8601 11 17947,          5050-1055",
    "en, GB, RF18539007547034,   Creditor reference (RF),  40-47-84,               5050-1055",
  })
  void aReminderShowsTheAccountOfItsCurrencyAndTheStructuredReference(
      String language, String country, String reference, String label, String shown, String absent) {
    Invoice invoice = invoice(customer(language, country), "INV-2026-0042");
    invoice.setPaymentReference(reference);

    RenderedNotice notice = reminder1(invoice);

    for (String body : new String[] {notice.html(), notice.text()}) {
      assertThat(body).contains(shown).contains(reference).contains(label).doesNotContain(absent);
    }
    assertThat(notice.text()).contains(label + ": " + reference);
  }

  @Test
  void aDutchLetterNamesTheEuroAccountAndTheBetalingskenmerkNotTheInvoiceNumber()
      throws IOException {
    Customer dutch = customer("nl", "NL");
    Invoice invoice = invoice(dutch, "INV-2026-0042");
    String reference = ReferenceScheme.BETALINGSKENMERK.derive(4242);
    invoice.setPaymentReference(reference);

    byte[] pdf = new LetterPrinter().print(renderer.letter(request(invoice)).html());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Betalingskenmerk " + reference)
          .contains("NL91 ABNA 0417 1643 00")
          .contains("ABNANL2A")
          .doesNotContain("Bankgiro")
          .doesNotContain("Betalingskenmerk INV-2026-0042");
    }
  }

  @Test
  void aCurrencyWithoutAnAccountOfItsOwnIsPaidToTheInternationalIban() {
    Invoice invoice = invoice(customer("en", "US"), "INV-2026-0042");
    invoice.setPaymentReference("RF18539007547034");

    RenderedNotice notice = reminder1(invoice);

    assertThat(notice.text())
        .contains("SE45 5000 0000 0583 9825 7466")
        .contains("ESSESESS")
        .doesNotContain("Bankgiro")
        .doesNotContain("Sort code");
  }

  /** Scan to pay: the EPC code decodes to the EUR account, what is owed today and the reference. */
  @Test
  void aEuroNoticeCarriesAnEpcCodeForWhatIsOwedTodayInHtmlAndInTheLetter() throws Exception {
    Invoice invoice = invoice(customer("de", "DE"), "INV-2026-0042");
    invoice.setPaymentReference("RF18539007547034");
    String owed = payoff(invoice).total().amount().toPlainString();

    RenderedNotice notice = reminder1(invoice);
    java.util.regex.Matcher image =
        java.util.regex.Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(notice.html());
    assertThat(image.find()).as("a QR image in the e-mail").isTrue();
    String scanned = EpcQrCodeTest.decode(java.util.Base64.getDecoder().decode(image.group(1)));
    assertThat(scanned.split("\n", -1))
        .containsExactly("BCD", "002", "1", "SCT", "ABNANL2A", "Nordlys Trading AB",
            "NL91ABNA0417164300", "EUR" + owed, "", "RF18539007547034", "");

    byte[] pdf = new LetterPrinter().print(renderer.letter(request(invoice)).html());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var images = new java.util.ArrayList<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject>();
      for (var page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name)
              instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject picture) {
            images.add(picture);
          }
        }
      }
      assertThat(images).as("the QR code printed on the letter").isNotEmpty();
      java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(images.get(0).getImage(), "png", png);
      assertThat(EpcQrCodeTest.decode(png.toByteArray())).isEqualTo(scanned);
    }
  }

  @Test
  void aSwedishNoticeHasNoEpcCodeButThePaymentPageWhereTheCreditorHasOne() {
    NoticeRenderer withPage = new NoticeRenderer(new Creditor(
        CREDITOR.name(), CREDITOR.address(), CREDITOR.email(), CREDITOR.phone(), CREDITOR.iban(),
        CREDITOR.bic(), CREDITOR.bankgiro(), CREDITOR.account(), CREDITOR.accounts(),
        "https://pay.example/nordlys?ref={reference}&amount={amount}&currency={currency}"));
    Invoice invoice = invoice(customer("sv", "SE"), "INV-2026-0042");
    invoice.setPaymentReference("1234574");

    RenderedNotice notice = withPage.email(request(invoice));

    assertThat(notice.html()).doesNotContain("data:image/png");
    String link = "https://pay.example/nordlys?ref=1234574&amount="
        + payoff(invoice).total().amount().toPlainString() + "&currency=SEK";
    assertThat(notice.html()).contains(link.replace("&", "&amp;"));
    assertThat(notice.text()).contains(link);
  }

  private RenderedNotice reminder1(Invoice invoice) {
    return renderer.email(request(invoice));
  }

  private static NoticeRenderer.Request request(Invoice invoice) {
    return new NoticeRenderer.Request(
        invoice, NoticeKind.REMINDER_1, NoticeFacts.payBy(PAY_BY), payoff(invoice), TODAY);
  }
}
