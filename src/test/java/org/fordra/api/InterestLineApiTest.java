package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.api.ApiClient.Answer;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Late interest is a charge line wherever charges are shown (issue 3): {@code GET
 * /api/invoices/{n}} lists it with its law, period and rates, and its balance is the payoff's total
 * for today. The figures are the worked examples of {@code fees/GermanLawTest} and
 * {@code fees/SwedishLawTest}, to the cent.
 */
@FordraTest
class InterestLineApiTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  ApiClient bookkeeper;

  @BeforeEach
  void signIn() {
    bookkeeper = ApiClient.as(http, identity, "interestkeeper", "managers");
  }

  static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
  }

  long aBusiness(String country, String language, String zone) {
    Answer created =
        bookkeeper.post(
            "/api/customers",
            """
            {"name": "Zinsprobe %s", "type": "BUSINESS", "country": "%s", "language": "%s",
             "email": "buchhaltung@zins.example", "timeZone": "%s"}
            """
                .formatted(country, country, language, zone));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  /** An invoice whose due date was agreed: interest from the day after it (§ 286(2) Nr. 1 BGB). */
  String anInvoice(long customer, String issue, String due, String currency, String amount) {
    String number = "INT-" + UUID.randomUUID().toString().substring(0, 8);
    Answer created =
        bookkeeper.post(
            "/api/invoices",
            """
            {"number": "%s", "customerId": %d, "issueDate": "%s", "dueDate": "%s",
             "currency": "%s", "amount": "%s", "dueDateAgreed": true}
            """
                .formatted(number, customer, issue, due, currency, amount));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return number;
  }

  static JsonNode interestLine(JsonNode charges) {
    for (JsonNode line : charges) {
      if (line.get("type").asText().equals("LATE_INTEREST")) {
        return line;
      }
    }
    throw new AssertionError("no LATE_INTEREST line in " + charges);
  }

  @Test
  void aGermanBusinessInvoiceShowsItsInterestAcrossTheJuly2025RateChange() {
    // GermanLawTest: EUR 1,000 due 31 May 2025; 30 days at 2.27 + 9 = 11.27 %, 15 days at
    // 1.27 + 9 = 10.27 %: 13.48 on 15 July 2025.
    today(LocalDate.of(2025, 7, 15));
    String number =
        anInvoice(aBusiness("DE", "de", "Europe/Berlin"), "2025-05-01", "2025-05-31", "EUR", "1000.00");

    JsonNode invoice = bookkeeper.get("/api/invoices/" + number).body();
    JsonNode interest = interestLine(invoice.get("charges"));
    assertThat(interest.get("amount").asText()).isEqualTo("13.48");
    assertThat(interest.get("chargedOn").asText()).isEqualTo("2025-07-15");
    assertThat(interest.get("basis").asText())
        .isEqualTo(
            "§§ 286, 288 (2) BGB: Basiszinssatz + 9 Prozentpunkte;"
                + " 2025-06-01 to 2025-06-30 at 11.27 % (2.27 + 9);"
                + " 2025-07-01 to 2025-07-15 at 10.27 % (1.27 + 9)");

    JsonNode payoff = bookkeeper.get("/api/invoices/" + number + "/payoff").body();
    assertThat(payoff.get("interest").asText()).isEqualTo("13.48");
    assertThat(invoice.get("balance").asText()).isEqualTo(payoff.get("total").asText());
    // Booked charges (none have been booked: no step has run) plus the interest.
    assertThat(payoff.get("charges").asText()).isEqualTo("0.00");
    assertThat(payoff.get("total").asText()).isEqualTo("1013.48");
    // The payoff lists the same lines as the invoice.
    assertThat(payoff.get("chargeLines")).isEqualTo(invoice.get("charges"));
  }

  @Test
  void aSwedishBusinessInvoiceShowsItsInterestAcrossNewYear2025() {
    // SwedishLawTest: SEK 10,000 due 20 Dec 2024; 11 days at 4 + 8 = 12 %, 19 days at
    // 3 + 8 = 11 %: 93.42 on 19 January 2025.
    today(LocalDate.of(2025, 1, 19));
    String number =
        anInvoice(
            aBusiness("SE", "sv", "Europe/Stockholm"), "2024-11-20", "2024-12-20", "SEK", "10000.00");

    JsonNode invoice = bookkeeper.get("/api/invoices/" + number).body();
    JsonNode interest = interestLine(invoice.get("charges"));
    assertThat(interest.get("amount").asText()).isEqualTo("93.42");
    assertThat(interest.get("basis").asText())
        .startsWith("6 § räntelagen (1975:635): referensränta + 8 procentenheter;")
        .contains("2024-12-21 to 2024-12-31 at 12.00 % (4.00 + 8)")
        .contains("2025-01-01 to 2025-01-19 at 11.00 % (3.00 + 8)");
    JsonNode payoff = bookkeeper.get("/api/invoices/" + number + "/payoff").body();
    assertThat(invoice.get("balance").asText())
        .isEqualTo(payoff.get("total").asText())
        .isEqualTo("10093.42");
  }

  @Test
  void beforeAnyInterestHasAccruedThereIsNoInterestLine() {
    today(LocalDate.of(2025, 5, 31));
    String number =
        anInvoice(aBusiness("DE", "de", "Europe/Berlin"), "2025-05-01", "2025-05-31", "EUR", "1000.00");
    JsonNode invoice = bookkeeper.get("/api/invoices/" + number).body();
    assertThat(invoice.get("charges").findValuesAsText("type")).doesNotContain("LATE_INTEREST");
    assertThat(invoice.get("balance").asText()).isEqualTo("1000.00");
  }

  @Test
  void whereTheRateIsNotYetPublishedTheInvoiceStillAnswersWithAPendingLine() {
    // The Basiszinssatz from 1 July 2026 is not in fees/reference-rates.csv.
    today(LocalDate.of(2026, 7, 15));
    String number =
        anInvoice(aBusiness("DE", "de", "Europe/Berlin"), "2026-05-01", "2026-06-01", "EUR", "1000.00");

    Answer read = bookkeeper.get("/api/invoices/" + number);
    assertThat(read.status()).as(read.raw()).isEqualTo(200);
    JsonNode interest = interestLine(read.body().get("charges"));
    assertThat(interest.get("amount").isNull()).isTrue();
    assertThat(interest.get("basis").asText())
        .startsWith("§§ 286, 288 (2) BGB")
        .contains("interest from 2026-06-02 to 2026-07-15")
        .contains("DE_BASISZINSSATZ rate for 2026-07-01 to 2026-12-31 is not in Fordra yet");
    // The balance stays the booked balance: no figure is guessed.
    assertThat(read.body().get("balance").asText()).isEqualTo("1000.00");
    // The list answers too.
    Answer listed =
        bookkeeper.get("/api/invoices?customerId=" + read.body().get("customerId").asLong());
    assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
    // A payoff is a figure to pay: it refuses to guess.
    assertThat(bookkeeper.get("/api/invoices/" + number + "/payoff").status()).isEqualTo(503);
  }
}
