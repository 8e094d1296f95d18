package org.fordra.security;

import org.fordra.api.StaffGroups;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.fordra.audit.AuditTrail;
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
 * The accounting system signs in with a token an administrator issued, scoped to registering
 * customers and invoices: it can do that and nothing else, it appears in the audit trail by the
 * token's name, and a revoked token stops working at once.
 */
@FordraTest
class ApiTokenTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired AuditTrail audit;

  final ObjectMapper json = new ObjectMapper();
  String admin;

  @BeforeEach
  void administrator() {
    admin = StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, "tokenmanager", StaffGroups.MANAGERS);
  }

  @Test
  void onlyAdministratorsIssueTokensAndTheSecretIsShownOnce() throws Exception {
    String name = "books-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> byManager = call("tokenmanager", null, HttpMethod.POST, "/api/tokens",
        "{\"name\":\"" + name + "\",\"scopes\":[\"read\"]}");
    assertThat(byManager.getStatusCode().value()).isEqualTo(403);

    JsonNode issued = issue(name, "read");
    assertThat(issued.path("secret").asText()).startsWith("fdr_").hasSizeGreaterThan(40);

    ResponseEntity<String> listed = call(admin, null, HttpMethod.GET, "/api/tokens", null);
    assertThat(listed.getBody()).contains(name).doesNotContain(issued.path("secret").asText());
    assertThat(call(admin, null, HttpMethod.POST, "/api/tokens",
            "{\"name\":\"x" + name + "\",\"scopes\":[\"everything\"]}").getStatusCode().value())
        .isEqualTo(400);
  }

  @Test
  void aScopedTokenDoesItsJobAndNothingElse() throws Exception {
    String name = "books-" + UUID.randomUUID().toString().substring(0, 8);
    String secret = issue(name, "invoices:write").path("secret").asText();
    String number = "TOK-" + UUID.randomUUID().toString().substring(0, 8);

    ResponseEntity<String> customer = call(null, secret, HttpMethod.POST, "/api/customers", """
        {"name": "Brödbolaget AB", "type": "BUSINESS", "country": "SE", "language": "sv",
         "email": "ekonomi@brodbolaget.example", "phone": "+46 8 555 010 20",
         "timeZone": "Europe/Stockholm"}""");
    assertThat(customer.getStatusCode().value()).as(customer.getBody()).isEqualTo(201);
    long customerId = json.readTree(customer.getBody()).path("id").asLong();
    ResponseEntity<String> invoice = call(null, secret, HttpMethod.POST, "/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "2026-11-01", "dueDate": "2026-12-01",
         "currency": "SEK", "amount": "12500.00"}""".formatted(number, customerId));
    assertThat(invoice.getStatusCode().value()).as(invoice.getBody()).isEqualTo(201);
    assertThat(audit.of(number)).extracting(e -> e.getActor()).contains("token:" + name);

    // Not in its scope: payments, reports, the engine, other tokens.
    assertThat(call(null, secret, HttpMethod.POST, "/api/invoices/" + number + "/payments",
            "{\"amount\":\"1.00\",\"currency\":\"SEK\",\"paidOn\":\"2026-11-02\",\"reference\":\"T-1\"}")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(call(null, secret, HttpMethod.GET, "/api/reports/aging", null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(call(null, secret, HttpMethod.GET, "/api/tokens", null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(call(null, secret, HttpMethod.GET, "/engine-rest/task?maxResults=1", null)
        .getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aRevokedOrWrongTokenIsRefused() throws Exception {
    String name = "books-" + UUID.randomUUID().toString().substring(0, 8);
    JsonNode issued = issue(name, "read");
    String secret = issued.path("secret").asText();
    assertThat(call(null, secret, HttpMethod.GET, "/api/invoices?size=1", null).getStatusCode().value())
        .isEqualTo(200);

    assertThat(call(admin, null, HttpMethod.DELETE, "/api/tokens/" + issued.path("token").path("id").asLong(), null)
        .getStatusCode().value()).isEqualTo(204);

    assertThat(call(null, secret, HttpMethod.GET, "/api/invoices?size=1", null).getStatusCode().value())
        .isEqualTo(401);
    assertThat(call(null, "fdr_notatoken", HttpMethod.GET, "/api/invoices?size=1", null)
        .getStatusCode().value()).isEqualTo(401);
  }

  private JsonNode issue(String name, String... scopes) throws Exception {
    String body = json.writeValueAsString(java.util.Map.of("name", name, "scopes", List.of(scopes)));
    ResponseEntity<String> answer = call(admin, null, HttpMethod.POST, "/api/tokens", body);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return json.readTree(answer.getBody());
  }

  private ResponseEntity<String> call(String user, String token, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, StaffAccounts.PASSWORD);
    } else {
      headers.setBearerAuth(token);
    }
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
