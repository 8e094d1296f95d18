package org.fordra.security;

import org.fordra.api.StaffGroups;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.fordra.reporting.StaffBrowserSession;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * What a browser is told about Fordra's own pages and API (finding 5 of issue 11): no framing,
 * no inline or foreign script, no sniffing, no referrer to other sites; a session cookie other
 * sites' requests do not carry; and no signing a visitor out from another site.
 */
@FordraTest
class PageProtectionTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  StaffBrowserSession visitor;

  @BeforeEach
  void aManager() {
    StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, "pagemanager", StaffGroups.MANAGERS);
    visitor = new StaffBrowserSession(port);
  }

  @Test
  void everyPageOfFordraForbidsFramingScriptsAndSniffing() {
    assertProtected("/login", visitor.get("/login"), SecurityHeaders.PAGES_POLICY);
    assertThat(visitor.signIn("pagemanager", StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);
    for (String page : List.of("/", "/invoices", "/invoices/NO-SUCH-INVOICE", "/aging")) {
      HttpResponse<String> answer = visitor.get(page);
      assertProtected(page, answer, SecurityHeaders.PAGES_POLICY);
      // The policy allows no inline style or script: the pages must not need any.
      assertThat(answer.body()).as(page).doesNotContain("<script", "<style", "style=");
    }
    HttpResponse<String> css = visitor.get("/pages/fordra.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/css"));
  }

  @Test
  void thePolicyAllowsOnlyWhatThePagesNeed() {
    assertThat(SecurityHeaders.PAGES_POLICY)
        .contains("default-src 'self'", "script-src 'none'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    assertThat(SecurityHeaders.API_POLICY)
        .contains("default-src 'none'", "frame-ancestors 'none'", "sandbox")
        .doesNotContain("script-src");
  }

  @Test
  void apiAnswersCarryTheHeadersToo() {
    var refused = http.getForEntity("/api/invoices/ANY", String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(401);
    assertThat(refused.getHeaders().getFirst("Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.API_POLICY);
    assertThat(refused.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(refused.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(refused.getHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
  }

  @Test
  void camundasWebappsKeepTheirOwnPolicy() {
    var cockpit = http.getForEntity("/camunda/app/cockpit/default/", String.class);
    assertThat(cockpit.getStatusCode().value()).isEqualTo(200);
    List<String> policies = cockpit.getHeaders().get("Content-Security-Policy");
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0)).isNotEqualTo(SecurityHeaders.PAGES_POLICY).contains("script-src");
  }

  @Test
  void theSessionCookieStaysOnFordrasOwnSite() {
    List<String> cookies =
        http.getForEntity("/login", String.class).getHeaders().get(HttpHeaders.SET_COOKIE);
    assertThat(cookies)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void aSignOutWithoutTheTokenOfItsSessionIsRefused() {
    visitor.signIn("pagemanager", StaffAccounts.PASSWORD);

    HttpResponse<String> forged = visitor.postForm("/logout", "token=forged");
    HttpResponse<String> bare = visitor.postForm("/logout", "");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(bare.statusCode()).isEqualTo(400);
    assertThat(bare.body()).contains("you are still signed in");
    assertThat(visitor.get("/invoices").statusCode()).isEqualTo(200);

    assertThat(visitor.signOut().statusCode()).isEqualTo(302);
    assertThat(visitor.get("/invoices").statusCode()).isEqualTo(302);
  }

  private static void assertProtected(String page, HttpResponse<String> answer, String policy) {
    assertThat(answer.statusCode()).as(page).isIn(200, 404);
    assertThat(answer.headers().firstValue("Content-Security-Policy")).as(page).hasValue(policy);
    assertThat(answer.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
    assertThat(answer.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
  }
}
