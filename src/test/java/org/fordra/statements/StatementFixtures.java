package org.fordra.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fordra.invoice.InvoiceRepository;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers, invoices and bank files for the statement tests, over the real API. Statement files
 * live in src/test/resources/statements/ with {{NAME}} placeholders that each test fills in, so
 * tests sharing one database never see each other's references or bank entry ids.
 */
final class StatementFixtures {

  record Answer(int status, String contentType, JsonNode body, String raw) {}

  static final String PASSWORD = "Test-Passw0rd!";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final IdentityService identity;
  private final InvoiceRepository invoices;
  private final TransactionTemplate transaction;
  final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  StatementFixtures(
      TestRestTemplate http, IdentityService identity, InvoiceRepository invoices,
      TransactionTemplate transaction) {
    this.http = http;
    this.identity = identity;
    this.invoices = invoices;
    this.transaction = transaction;
    user("stmtmanager", "managers");
    user("stmtcollector", "collectors");
  }

  private void user(String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User account = identity.newUser(id);
      account.setPassword(PASSWORD);
      identity.saveUser(account);
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(id, group);
    }
  }

  long customer(String name, String country) {
    Answer created =
        send("stmtmanager", HttpMethod.POST, "/api/customers", MediaType.APPLICATION_JSON,
            """
            {"name": "%s", "type": "BUSINESS", "country": "%s", "language": "sv",
             "email": "ekonomi@example.com", "timeZone": "Europe/Stockholm"}
            """.formatted(name, country));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  /** An invoice registered over the API, with its payment reference set as the books give it. */
  String invoice(long customerId, String currency, String amount, String due, String reference) {
    String number = "S-" + run + "-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    Answer created =
        send("stmtmanager", HttpMethod.POST, "/api/invoices", MediaType.APPLICATION_JSON,
            """
            {"number": "%s", "customerId": %d, "issueDate": "2026-03-02", "dueDate": "%s",
             "currency": "%s", "amount": "%s"}
            """.formatted(number, customerId, due, currency, amount));
    assertThat(created.status()).as(created.raw()).isEqualTo(201);
    if (reference != null) {
      transaction.executeWithoutResult(
          status -> invoices.findByNumber(number).orElseThrow().setPaymentReference(reference));
    }
    return number;
  }

  /** A reference unique to this run, in the shape of Swedish OCR or Norwegian KID digits. */
  String digits(int n) {
    String base = String.valueOf(Math.abs(run.hashCode())) + (System.nanoTime() % 1_000_000);
    return (base + "00000000000000000000").substring(0, n);
  }

  static String file(String name, Map<String, String> values) {
    try (InputStream in = StatementFixtures.class.getResourceAsStream("/statements/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> value : values.entrySet()) {
        text = text.replace("{{" + value.getKey() + "}}", value.getValue());
      }
      if (!values.isEmpty()) {
        assertThat(text).doesNotContain("{{");
      }
      return text;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A fixed-width file (BgMax, Nets OCR giro): a placeholder there is as wide as its field, its
   * name padded with dots, {@code {{NAME....}}} left-justified and {@code {{....NAME}}}
   * right-justified, and is replaced by the value padded with blanks to the same width, so every
   * record keeps its 80 characters and every field its positions.
   */
  static String fixedWidthFile(String name, Map<String, String> values) {
    String text = file(name, Map.of());
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("\\{\\{(\\.*)([A-Z0-9_]+)(\\.*)\\}\\}").matcher(text);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      int width = token.group().length();
      String value = values.get(token.group(2));
      assertThat(value).as(token.group(2)).isNotNull();
      assertThat(value.length()).as(token.group(2) + " fits its field").isLessThanOrEqualTo(width);
      String padded =
          token.group(1).isEmpty()
              ? value + " ".repeat(width - value.length())
              : " ".repeat(width - value.length()) + value;
      token.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(padded));
    }
    token.appendTail(out);
    return out.toString();
  }

  Answer postStatement(String user, MediaType type, String body) {
    return send(user, HttpMethod.POST, "/api/bank-statements", type, body);
  }

  Answer get(String path) {
    return send("stmtmanager", HttpMethod.GET, path, null, null);
  }

  Answer post(String path, String json) {
    return send("stmtmanager", HttpMethod.POST, path, MediaType.APPLICATION_JSON, json);
  }

  JsonNode invoiceJson(String number) {
    Answer answer = get("/api/invoices/" + number);
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    return answer.body();
  }

  private Answer send(String user, HttpMethod method, String path, MediaType type, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    if (type != null) {
      headers.setContentType(type);
    }
    HttpEntity<byte[]> request =
        new HttpEntity<>(body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    ResponseEntity<String> response = http.exchange(path, method, request, String.class);
    String raw = response.getBody();
    JsonNode json;
    try {
      json = raw == null || raw.isBlank() ? null : JSON.readTree(raw);
    } catch (Exception notJson) {
      json = null;
    }
    MediaType answered = response.getHeaders().getContentType();
    return new Answer(
        response.getStatusCode().value(), answered == null ? null : answered.toString(), json, raw);
  }

  static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("detail").asText()).isNotBlank();
  }
}
