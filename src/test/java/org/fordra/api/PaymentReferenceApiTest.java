package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.fordra.api.ApiClient.Answer;
import org.fordra.invoice.reference.ReferenceScheme;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every invoice gets a structured payment reference (CONTRACT.md, "Money in and out"): the one
 * the books send if it checks, else one Fordra derives in the currency's scheme.
 */
@FordraTest
class PaymentReferenceApiTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  ApiClient bookkeeper;
  long customerId;

  @BeforeEach
  void signIn() {
    bookkeeper = ApiClient.as(http, identity, "refbookkeeper", "managers");
    Answer created =
        bookkeeper.post(
            "/api/customers",
            """
            {"name": "Bakkerij de Vries", "type": "BUSINESS", "country": "NL", "language": "nl",
             "email": "admin@devries.example", "timeZone": "Europe/Amsterdam"}
            """);
    customerId = created.body().get("id").asLong();
  }

  Answer register(String currency, String reference) {
    String number = "REF-" + UUID.randomUUID().toString().substring(0, 8);
    return bookkeeper.post(
        "/api/invoices",
        """
        {"number": "%s", "customerId": %d, "issueDate": "2026-04-20", "dueDate": "2026-05-20",
         "currency": "%s", "amount": "100.00"%s}
        """
            .formatted(
                number, customerId, currency,
                reference == null ? "" : ", \"paymentReference\": \"" + reference + "\""));
  }

  @Test
  void aEuroInvoiceGetsAnRfCreditorReference() {
    Answer created = register("EUR", null);

    assertThat(created.status()).isEqualTo(201);
    String reference = created.body().get("paymentReference").asText();
    assertThat(reference).startsWith("RF");
    assertThat(ReferenceScheme.RF.isValid(reference)).isTrue();
    String number = created.body().get("number").asText();
    assertThat(bookkeeper.get("/api/invoices/" + number).body().get("paymentReference").asText())
        .isEqualTo(reference);
  }

  @Test
  void aKronaInvoiceGetsABankgiroOcrNumberAndAKroneInvoiceAKid() {
    String ocr = register("SEK", null).body().get("paymentReference").asText();
    assertThat(ocr).matches("[0-9]+");
    assertThat(ReferenceScheme.OCR_WITH_LENGTH.isValid(ocr)).isTrue();

    String kid = register("NOK", null).body().get("paymentReference").asText();
    assertThat(ReferenceScheme.KID_MOD10.isValid(kid)).isTrue();
  }

  @Test
  void aReferenceFromTheBooksIsKeptWhenItChecks() {
    Answer created = register("EUR", "rf18 5390 0754 7034");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("paymentReference").asText()).isEqualTo("RF18539007547034");

    Answer again = register("EUR", "RF18539007547034");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body().get("errors").get(0).get("field").asText())
        .isEqualTo("paymentReference");
    assertThat(again.body().get("errors").get(0).get("message").asText())
        .contains("already the reference of invoice");
  }

  @Test
  void aReferenceFromTheBooksWithWrongCheckDigitsIsRefused() {
    Answer refused = register("EUR", "RF19539007547034");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().get("errors").get(0).get("field").asText())
        .isEqualTo("paymentReference");
    // An OCR number is no reference for a euro invoice.
    assertThat(register("EUR", "1234574").status()).isEqualTo(400);
    assertThat(register("SEK", "1234574").status()).isEqualTo(201);
  }
}
