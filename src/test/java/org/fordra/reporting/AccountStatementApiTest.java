package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.security.StaffAccounts;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the customer is sent when they ask where they stand: the open invoices with what was
 * charged, paid and credited, the overpayment held on account, and the balance, as JSON, as a page
 * and as a PDF.
 */
@FordraTest
class AccountStatementApiTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  final ObjectMapper json = new ObjectMapper();
  String admin;

  @BeforeEach
  void today() {
    admin = StaffAccounts.ensureAdministrator(identity);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 4).atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }

  @Test
  void aStatementListsWhatIsOpenWhatWasPaidAndWhatIsHeldOnAccount() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long customer = json.readTree(post("/api/customers", """
        {"name": "Kaffebaren AB", "type": "BUSINESS", "country": "SE", "language": "sv",
         "email": "ekonomi@kaffebaren.example", "phone": "+46 8 555 010 20", "timeZone": "Europe/Stockholm"}""")
        .getBody()).path("id").asLong();
    String first = "ST-" + run + "-1";
    String second = "ST-" + run + "-2";
    invoice(first, customer, "2026-06-01", "1000.00");
    invoice(second, customer, "2026-06-15", "250.00");
    // A part payment of the first, and more than the second owes: the rest is held on account.
    assertThat(post("/api/invoices/" + first + "/payments",
        "{\"amount\":\"400.00\",\"currency\":\"SEK\",\"paidOn\":\"2026-05-03\",\"reference\":\"BG-" + run + "-1\"}")
        .getStatusCode().value()).isEqualTo(201);
    assertThat(post("/api/invoices/" + second + "/payments",
        "{\"amount\":\"300.00\",\"currency\":\"SEK\",\"paidOn\":\"2026-05-03\",\"reference\":\"BG-" + run + "-2\"}")
        .getStatusCode().value()).isEqualTo(201);

    JsonNode statement = json.readTree(get("/api/customers/" + customer + "/statement", "application/json").getBody());

    assertThat(statement.path("customer").asText()).isEqualTo("Kaffebaren AB");
    JsonNode sek = statement.path("currencies").get(0);
    assertThat(sek.path("currency").asText()).isEqualTo("SEK");
    // The second invoice is paid and closed; the first is open with 600.00 to go.
    assertThat(sek.path("invoices")).hasSize(1);
    assertThat(sek.path("invoices").get(0).path("number").asText()).isEqualTo(first);
    assertThat(sek.path("invoices").get(0).path("balance").asText()).isEqualTo("600.00");
    assertThat(sek.path("payments")).extracting(p -> p.path("amount").asText()).containsExactly("400.00");
    assertThat(sek.path("creditOnAccount").asText()).isEqualTo("50.00");
    assertThat(sek.path("balance").asText()).isEqualTo("550.00");
    assertThat(statement.path("creditOnAccount").path("SEK").asText()).isEqualTo("50.00");
    assertThat(statement.path("balance").path("SEK").asText()).isEqualTo("550.00");

    ResponseEntity<String> page = get("/api/customers/" + customer + "/statement", "text/html");
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("Kaffebaren AB", first, "600.00", "SEK 550.00");

    ResponseEntity<byte[]> pdf =
        http.withBasicAuth(admin, StaffAccounts.PASSWORD)
            .exchange("/api/customers/" + customer + "/statement", HttpMethod.GET,
                new HttpEntity<>(accept("application/pdf")), byte[].class);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Statement of account", "Kaffebaren AB", first, "SEK 550.00");
    }
  }

  @Test
  void anUnknownCustomerIsAProblem() {
    ResponseEntity<String> answer = get("/api/customers/987654321/statement", "application/json");
    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
  }

  private void invoice(String number, long customer, String due, String amount) {
    ResponseEntity<String> answer = post("/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "2026-05-01", "dueDate": "%s",
         "currency": "SEK", "amount": "%s"}""".formatted(number, customer, due, amount));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
  }

  private ResponseEntity<String> post(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(admin, StaffAccounts.PASSWORD)
        .postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String path, String accept) {
    return http.withBasicAuth(admin, StaffAccounts.PASSWORD)
        .exchange(path, HttpMethod.GET, new HttpEntity<>(accept(accept)), String.class);
  }

  private static HttpHeaders accept(String type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType(type)));
    return headers;
  }
}
