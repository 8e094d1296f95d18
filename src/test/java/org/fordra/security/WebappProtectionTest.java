package org.fordra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Cockpit, Tasklist and Admin as the production profile serves them (here on an in-memory
 * database, so only the web settings of the postgres profile are under test): a state-changing
 * call needs the CSRF token of the session, and the cookies are for HTTPS only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:fordra-webapp-test;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "camunda.bpm.database.type=h2",
      "camunda.bpm.admin-user.password=a-long-test-password"
    })
class WebappProtectionTest {

  static final String LOGIN = "/camunda/api/admin/auth/user/default/login/cockpit";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @Test
  void aWebappLoginWithoutTheCsrfTokenIsRefused() {
    var response = http.postForEntity(LOGIN, adminCredentials(new HttpHeaders()), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
  }

  @Test
  void aWebappLoginWithTheTokenOfItsSessionGetsIn() {
    Session session = openSession();

    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session.cookies());
    headers.add("X-XSRF-TOKEN", session.token());
    var response = http.postForEntity(LOGIN, adminCredentials(headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"userId\":\"admin\"");
  }

  @Test
  void aTokenFromAnotherSessionIsRefused() {
    Session mine = openSession();
    Session theirs = openSession();

    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, mine.cookies());
    headers.add("X-XSRF-TOKEN", theirs.token());
    var response = http.postForEntity(LOGIN, adminCredentials(headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void cookiesAreForHttpsOnlyAndOutOfReachOfScripts() {
    List<String> cookies =
        http.getForEntity("/camunda/app/cockpit/default/", String.class)
            .getHeaders()
            .get(HttpHeaders.SET_COOKIE);

    assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("Secure"));
    assertThat(cookies)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("Secure")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void fordrasOwnLoginSessionIsForHttpsOnlyToo() {
    List<String> cookies =
        http.getForEntity("/login", String.class).getHeaders().get(HttpHeaders.SET_COOKIE);

    assertThat(cookies)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("Secure")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void productionHasItsAdministratorAndNoDemoUsers() {
    assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
    assertThat(identity.checkPassword("admin", "a-long-test-password")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("admin").list())
        .extracting(g -> g.getId())
        .contains("camunda-admin");
  }

  record Session(String cookies, String token) {}

  /** What the browser has after it loads a webapp page: its cookies and the token. */
  private Session openSession() {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/cockpit/default/", String.class);
    List<String> setCookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    assertThat(setCookies).isNotNull();
    String cookies =
        String.join(
            "; ", setCookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(token).isNotBlank();
    return new Session(cookies, token);
  }

  private static HttpEntity<MultiValueMap<String, String>> adminCredentials(HttpHeaders headers) {
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "admin");
    form.add("password", "a-long-test-password");
    return new HttpEntity<>(form, headers);
  }
}
