package org.fordra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.reporting.StaffBrowserSession;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 11, finding 4: 210 wrong passwords, one every 2 s, locked {@code sales} for good. Now
 * they slow down the guesser's address for a while and lock nothing. Time is the engine clock,
 * moved by the test: the guessing takes seven minutes of it and no real waiting.
 */
@FordraTest
class PasswordGuessingTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String WRONG = "not-the-password";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @LocalServerPort int port;

  Instant now = Instant.parse("2027-06-01T08:00:00Z");

  @BeforeEach
  void startTheClock() {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @Test
  void twoHundredTenWrongPasswordsThroughEngineRestLockNothing() throws IOException {
    String user = StaffAccounts.ensure(identity, "guessedrest", "sales");
    for (int i = 0; i < 210; i++) {
      assertThat(engineRest(user, WRONG)).isEqualTo(401);
      move(Duration.ofSeconds(2));
    }
    // This address is in its delay window: even the right password is refused ...
    assertThat(engineRest(user, StaffAccounts.PASSWORD)).isEqualTo(401);
    // ... but the real user, at another address, gets in at once.
    assertThat(engineRestFrom("127.0.0.2", user, StaffAccounts.PASSWORD)).isEqualTo(200);

    move(Duration.ofMinutes(15));
    assertThat(engineRest(user, StaffAccounts.PASSWORD)).isEqualTo(200);
    assertThat(identity.checkPassword(user, StaffAccounts.PASSWORD)).isTrue();
    theEngineNeverLocked(user);
  }

  @Test
  void twoHundredTenWrongPasswordsThroughTheApiAreAnsweredWithRetryAfter() {
    String user = StaffAccounts.ensure(identity, "guessedapi", "sales");
    int slowedDown = 0;
    for (int i = 0; i < 210; i++) {
      ResponseEntity<String> answer = api(user, WRONG);
      if (answer.getStatusCode().value() == 429) {
        slowedDown++;
        assertThat(Long.parseLong(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
            .isBetween(1L, 15 * 60L);
        assertThat(answer.getBody()).contains("\"status\":429");
      } else {
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
      }
      move(Duration.ofSeconds(2));
    }
    assertThat(slowedDown).isGreaterThan(150);

    ResponseEntity<String> stillClosed = api(user, StaffAccounts.PASSWORD);
    assertThat(stillClosed.getStatusCode().value()).isEqualTo(429);
    long retryAfter = Long.parseLong(stillClosed.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
    move(Duration.ofSeconds(retryAfter));
    // Signed in: the invoice does not exist, which only a signed-in member of staff learns.
    assertThat(api(user, StaffAccounts.PASSWORD).getStatusCode().value()).isEqualTo(404);
    theEngineNeverLocked(user);
  }

  @Test
  void theWebappLoginIsSlowedDownTooAndOpensAfterTheDelay() {
    String user = StaffAccounts.ensure(identity, "guessedwebapp", "collectors");
    StaffAccounts.ensureAdministrator(identity); // else the webapps show their set-up page
    HttpHeaders session = webappSession();
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(webappLogin(session, user, WRONG)).isEqualTo(401);
    }
    assertThat(webappLogin(session, user, StaffAccounts.PASSWORD)).isEqualTo(401);
    move(Duration.ofSeconds(1));
    assertThat(webappLogin(session, user, StaffAccounts.PASSWORD)).isEqualTo(200);
  }

  @Test
  void fordrasLoginPageIsSlowedDownTooAndOpensAfterTheDelay() {
    String user = StaffAccounts.ensure(identity, "guessedpage", "managers");
    StaffBrowserSession browser = new StaffBrowserSession(port);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(browser.signIn(user, WRONG).statusCode()).isEqualTo(401);
    }
    assertThat(browser.signIn(user, StaffAccounts.PASSWORD).statusCode()).isEqualTo(401);
    move(Duration.ofSeconds(1));
    // Signed in: sent on to the page asked for.
    assertThat(browser.signIn(user, StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);
  }

  @Test
  void managersSeeRecentFailedLoginsNewestFirstAndCollectorsMayNot() throws IOException {
    String first = StaffAccounts.ensure(identity, "guessedfirst", "sales");
    String second = StaffAccounts.ensure(identity, "guessedsecond", "sales");
    for (int i = 0; i < 6; i++) {
      api(first, WRONG);
    }
    move(Duration.ofSeconds(30));
    api(second, WRONG);
    String manager = StaffAccounts.ensure(identity, "securitymanager", "managers");

    ResponseEntity<String> answer =
        http.withBasicAuth(manager, StaffAccounts.PASSWORD)
            .getForEntity("/api/security/failed-logins", String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    List<JsonNode> ours =
        JSON.readTree(answer.getBody()).valueStream()
            .filter(row -> row.get("user").asText().startsWith("guessed"))
            .toList();
    assertThat(ours).extracting(row -> row.get("user").asText()).containsExactly(second, first);
    JsonNode guessed = ours.get(1);
    assertThat(guessed.get("address").asText()).isEqualTo("127.0.0.1");
    // The sixth came inside the delay the fifth began: refused unchecked, and not counted.
    assertThat(guessed.get("failures").asInt()).isEqualTo(5);
    assertThat(Instant.parse(guessed.get("lastAt").asText())).isEqualTo(now.minusSeconds(30));
    assertThat(Instant.parse(guessed.get("blockedUntil").asText()))
        .isEqualTo(now.minusSeconds(30).plusSeconds(1));
    assertThat(ours.get(0).get("blockedUntil").isNull()).isTrue();

    String collector = StaffAccounts.ensure(identity, "securitycollector", "collectors");
    ResponseEntity<String> refused =
        http.withBasicAuth(collector, StaffAccounts.PASSWORD)
            .getForEntity("/api/security/failed-logins", String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
  }

  private void theEngineNeverLocked(String user) {
    UserEntity row = (UserEntity) identity.createUserQuery().userId(user).singleResult();
    assertThat(row.getAttempts()).isZero();
    assertThat(row.getLockExpirationTime()).isNull();
  }

  private void move(Duration by) {
    now = now.plus(by);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private int engineRest(String user, String password) {
    return http.withBasicAuth(user, password)
        .getForEntity("/engine-rest/task?firstResult=0&maxResults=1", String.class)
        .getStatusCode()
        .value();
  }

  private ResponseEntity<String> api(String user, String password) {
    return http.withBasicAuth(user, password)
        .getForEntity("/api/invoices/NO-SUCH-INVOICE", String.class);
  }

  /**
   * The same call from another client address: Linux answers on all of 127.0.0.0/8, so a
   * socket bound to 127.0.0.2 is, to Tomcat, another machine.
   */
  private int engineRestFrom(String address, String user, String password) throws IOException {
    String login =
        Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try (Socket socket =
        new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(address), 0)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /engine-rest/task?firstResult=0&maxResults=1 HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Basic " + login + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }

  /** A browser's session of the webapps: its cookies and CSRF token. */
  private HttpHeaders webappSession() {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    HttpHeaders headers = new HttpHeaders();
    headers.add(
        HttpHeaders.COOKIE,
        String.join(
            "; ",
            page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .toList()));
    headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return headers;
  }

  private int webappLogin(HttpHeaders session, String user, String password) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return http.postForEntity(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            new HttpEntity<>(form, session),
            String.class)
        .getStatusCode()
        .value();
  }
}
