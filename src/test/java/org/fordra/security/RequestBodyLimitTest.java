package org.fordra.security;

import org.fordra.api.BodyTooLarge;
import org.fordra.api.StaffGroups;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No endpoint takes a body larger than it needs (finding 5 of issue 11): an ordinary API call at
 * most 64 KiB, the batch import and bank statements more, the engine's REST API 1 MiB and a
 * deployment 5 MiB; a larger body is a 413 problem before it is read, whether its length is
 * declared or it comes in chunks.
 */
@FordraTest
class RequestBodyLimitTest {

  static final int KIB = 1024;

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired BodySizeLimits limits;

  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void accounts() {
    StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, "limitmanager", StaffGroups.MANAGERS);
  }

  @Test
  void eachEndpointHasItsDocumentedLimit() {
    assertThat(limits.limitFor("POST", "/api/customers").bytes()).isEqualTo(64 * KIB);
    assertThat(limits.limitFor("POST", "/api/invoices").bytes()).isEqualTo(64 * KIB);
    assertThat(limits.limitFor("POST", "/api/invoices/batch").bytes()).isEqualTo(16 * KIB * KIB);
    assertThat(limits.limitFor("GET", "/api/invoices/batch").bytes()).isEqualTo(64 * KIB);
    assertThat(limits.limitFor("POST", "/api/bank-statements").bytes()).isEqualTo(32 * KIB * KIB);
    assertThat(limits.limitFor("POST", "/engine-rest/task/1/complete").bytes()).isEqualTo(KIB * KIB);
    assertThat(limits.limitFor("POST", "/engine-rest/deployment/create").bytes())
        .isEqualTo(5 * KIB * KIB);
    assertThat(limits.limitFor("POST", "/camunda/api/engine/engine/default/deployment/create").bytes())
        .isEqualTo(5 * KIB * KIB);
    assertThat(limits.limitFor("POST", "/login").bytes()).isEqualTo(KIB * KIB);
  }

  @Test
  void anApiCallWithADeclaredLengthOverItsLimitIsRefusedUnread() throws Exception {
    HttpResponse<String> answer =
        send("/api/customers", "limitmanager", HttpRequest.BodyPublishers.ofString(customer(70 * KIB)));

    assertTooLarge(answer, 64 * KIB);
  }

  @Test
  void aChunkedApiCallIsStoppedAtItsLimit() throws Exception {
    byte[] body = customer(200 * KIB).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        send(
            "/api/customers",
            "limitmanager",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertTooLarge(answer, 64 * KIB);
  }

  @Test
  void aBodyWithinTheLimitIsRead() throws Exception {
    HttpResponse<String> answer =
        send("/api/customers", "limitmanager", HttpRequest.BodyPublishers.ofString(customer(60 * KIB)));

    // Read, and refused for what it says (the name is too long), not for its size.
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("name");
  }

  @Test
  void theEnginesRestApiHasItsLimitsToo() throws Exception {
    String message = "{\"messageName\":\"" + "x".repeat(1200 * KIB) + "\"}";
    assertTooLarge(
        send("/engine-rest/message", "testadmin", HttpRequest.BodyPublishers.ofString(message)),
        KIB * KIB);
    byte[] chunked = message.getBytes(StandardCharsets.UTF_8);
    assertTooLarge(
        send(
            "/engine-rest/message",
            "testadmin",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))),
        KIB * KIB);
  }

  @Test
  void aDeploymentMayBeLargerThanOtherEngineCalls() throws Exception {
    String boundary = "fordra-test-boundary";
    String bpmn = "<?xml version=\"1.0\"?><!-- " + "x".repeat(2 * KIB * KIB) + " -->";
    String multipart =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
            + "too-big-for-a-message\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
            + "name=\"data\"; filename=\"big.bpmn\"\r\nContent-Type: text/xml\r\n\r\n" + bpmn
            + "\r\n--" + boundary + "--\r\n";
    String login = "testadmin:" + StaffAccounts.PASSWORD;
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(multipart))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    // Past the 1 MiB of other engine calls, within the 5 MiB of a deployment: the engine reads
    // it (and refuses a diagram that is no BPMN).
    assertThat(answer.statusCode()).isNotEqualTo(413).isBetween(200, 499);
  }

  private HttpResponse<String> send(String path, String user, HttpRequest.BodyPublisher body)
      throws Exception {
    String login = user + ":" + StaffAccounts.PASSWORD;
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)))
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A customer whose name makes the body about {@code size} bytes long. */
  private static String customer(int size) {
    return "{\"name\":\"" + "x".repeat(size) + "\",\"type\":\"BUSINESS\",\"country\":\"SE\","
        + "\"language\":\"sv\",\"email\":\"a@b.se\",\"timeZone\":\"Europe/Stockholm\"}";
  }

  private static void assertTooLarge(HttpResponse<String> answer, int limit) {
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body())
        .contains("\"status\":413", "\"title\":\"Content Too Large\"", "\"limit\":" + limit)
        .contains("at most " + BodyTooLarge.readable(limit));
  }
}
