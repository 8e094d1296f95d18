package org.fordra.privacy;

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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer asks what Fordra holds about them (GDPR art. 15) and for a copy they can take
 * elsewhere (art. 20): every kind of record, as JSON and as a PDF, for managers and
 * administrators only, and each export is on the audit trail.
 */
@FordraTest
class PersonalDataApiTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();
  final String run = UUID.randomUUID().toString().substring(0, 8);
  String admin;

  @BeforeEach
  void today() {
    admin = StaffAccounts.ensureAdministrator(identity);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 5, 4).atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }

  @Test
  void theExportHoldsEveryKindOfRecordAsJsonAndAsPdf() throws Exception {
    long customer = json.readTree(post("/api/customers", """
        {"name": "Kaffebaren AB", "type": "BUSINESS", "country": "SE", "language": "sv",
         "email": "ekonomi@kaffebaren.example", "phone": "+46 8 555 010 20",
         "timeZone": "Europe/Stockholm", "delivery": "EMAIL_AND_LETTER",
         "postalAddress": "Kaffegatan 3, 111 22 Stockholm"}""").getBody()).path("id").asLong();
    String first = "PD-" + run + "-1";
    String second = "PD-" + run + "-2";
    invoice(first, customer, "1000.00");
    invoice(second, customer, "250.00");
    pay(first, "400.00", "BG-" + run + "-1");
    // More than the second owes: the rest is held on account.
    pay(second, "300.00", "BG-" + run + "-2");
    assertThat(post("/api/invoices/" + first + "/disputes", "{\"reason\": \"Anna Berg says two sacks were missing\"}")
        .getStatusCode().value()).isEqualTo(201);
    CaseRecords records = new CaseRecords(jdbc);
    records.callNotes(first, "Anna Berg promised to pay on Friday");
    records.notice(first, "ekonomi@kaffebaren.example", "<p>Reminder</p>");
    records.charge(first, "60.00", "Lag (1981:739) om ersättning för inkassokostnader", LocalDate.of(2026, 5, 4));
    records.credit(first, "100.00", "Two sacks credited", LocalDate.of(2026, 5, 4));
    records.paymentPlan(first, LocalDate.of(2026, 5, 4));
    records.preActionReply(first, "Anna Berg is seeing a debt adviser");
    records.moratorium(customer, "BS-" + run);

    JsonNode export = json.readTree(get("/api/customers/" + customer + "/personal-data", "application/json", admin).getBody());

    assertThat(export.path("legalBasis").asText()).contains("art. 15", "art. 20");
    JsonNode c = export.path("customer");
    assertThat(List.of(c.path("name").asText(), c.path("email").asText(), c.path("phone").asText(),
            c.path("postalAddress").asText(), c.path("country").asText()))
        .containsExactly("Kaffebaren AB", "ekonomi@kaffebaren.example", "+46 8 555 010 20",
            "Kaffegatan 3, 111 22 Stockholm", "SE");
    assertThat(export.path("invoices")).extracting(i -> i.path("number").asText()).containsExactly(first, second);
    JsonNode invoice = export.path("invoices").get(0);
    assertThat(invoice.path("principal").asText()).isEqualTo("1000.00");
    assertThat(invoice.path("payments").get(0).path("amount").asText()).isEqualTo("400.00");
    assertThat(invoice.path("payments").get(0).path("reference").asText()).isEqualTo("BG-" + run + "-1");
    assertThat(invoice.path("charges").get(0).path("amount").asText()).isEqualTo("60.00");
    assertThat(invoice.path("credits").get(0).path("reason").asText()).isEqualTo("Two sacks credited");
    assertThat(invoice.path("paymentPlans").get(0).path("agreedOn").asText()).isEqualTo("2026-05-04");
    assertThat(invoice.path("notices")).extracting(n -> n.path("recipient").asText())
        .contains("ekonomi@kaffebaren.example");
    assertThat(invoice.path("contacts").get(0).path("notes").asText()).isEqualTo("Anna Berg promised to pay on Friday");
    assertThat(invoice.path("disputes").get(0).path("reason").asText()).isEqualTo("Anna Berg says two sacks were missing");
    assertThat(invoice.path("audit")).extracting(a -> a.path("action").asText()).isNotEmpty();
    assertThat(export.path("creditsOnAccount").get(0).path("amount").asText()).isEqualTo("50.00");
    assertThat(export.path("creditsOnAccount").get(0).path("currency").asText()).isEqualTo("SEK");
    assertThat(invoice.path("preActionReplies").get(0).path("notes").asText())
        .isEqualTo("Anna Berg is seeing a debt adviser");
    assertThat(invoice.path("preActionReplies").get(0).path("seekingAdvice").asBoolean()).isTrue();
    assertThat(export.path("moratoria").get(0).path("reference").asText()).isEqualTo("BS-" + run);
    assertThat(export.path("moratoria").get(0).path("endsOn").asText()).isEqualTo("2026-03-06");
    assertThat(c.path("soleTrader").asBoolean()).isFalse();

    ResponseEntity<byte[]> pdf = http.withBasicAuth(admin, StaffAccounts.PASSWORD)
        .exchange("/api/customers/" + customer + "/personal-data", HttpMethod.GET,
            new HttpEntity<>(accept("application/pdf")), byte[].class);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Your personal data", "Kaffebaren AB", "ekonomi@kaffebaren.example",
              "Kaffegatan 3", first, second, "SEK 400.00", "SEK 60.00", "Two sacks credited",
              "Anna Berg promised to pay on Friday", "Anna Berg says two sacks were missing",
              "Notices sent", "Payment plans", "Audit trail", "SEK 50.00",
              "Anna Berg is seeing a debt adviser", "Breathing Space moratoria", "BS-" + run);
    }

    // Both exports are on the record, by whom and in which format.
    assertThat(jdbc.queryForList("select actor || ' ' || detail from audit_entry where invoice_number = ?"
            + " and action = 'PERSONAL_DATA_EXPORTED' order by id", String.class, first))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith(admin))
        .anySatisfy(line -> assertThat(line).contains("JSON"))
        .anySatisfy(line -> assertThat(line).contains("PDF"));
  }

  @Test
  void onlyManagersAndAdministratorsMayExport() {
    String collector = StaffAccounts.ensure(identity, "pdcollector", "collectors");
    String manager = StaffAccounts.ensure(identity, "pdmanager", "managers");
    long customer = 1;

    assertThat(get("/api/customers/" + customer + "/personal-data", "application/json", collector)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(get("/api/customers/987654321/personal-data", "application/json", manager)
        .getStatusCode().value()).isEqualTo(404);
  }

  private void invoice(String number, long customer, String amount) {
    ResponseEntity<String> answer = post("/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "2026-05-01", "dueDate": "2026-06-01",
         "currency": "SEK", "amount": "%s"}""".formatted(number, customer, amount));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
  }

  private void pay(String number, String amount, String reference) {
    ResponseEntity<String> answer = post("/api/invoices/" + number + "/payments",
        "{\"amount\":\"%s\",\"currency\":\"SEK\",\"paidOn\":\"2026-05-03\",\"reference\":\"%s\"}"
            .formatted(amount, reference));
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
  }

  private ResponseEntity<String> post(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(admin, StaffAccounts.PASSWORD)
        .postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String path, String accept, String user) {
    return http.withBasicAuth(user, StaffAccounts.PASSWORD)
        .exchange(path, HttpMethod.GET, new HttpEntity<>(accept(accept)), String.class);
  }

  private static HttpHeaders accept(String type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType(type)));
    return headers;
  }
}
