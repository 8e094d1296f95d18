package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.fordra.fees.MissingRates;
import org.fordra.fees.MissingReferenceRate;
import org.fordra.fees.ReferenceRates;
import org.fordra.security.StaffAccounts;
import org.fordra.api.StaffGroups;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manager adds a published rate on Fordra's own page, with the same login and a form token, and
 * sees what is missing on the dashboard; nobody else may, and a forged or bad form adds nothing.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:rates-page;DB_CLOSE_DELAY=-1")
@FordraTest
class ReferenceRatesPageTest {

  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired MissingRates missingRates;
  @Autowired ReferenceRates rates;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void accounts() {
    StaffAccounts.ensureAdministrator(identity);
    StaffAccounts.ensure(identity, "ratespagemanager", StaffGroups.MANAGERS);
    StaffAccounts.ensure(identity, "ratespagecollector", StaffGroups.COLLECTORS);
  }

  StaffBrowserSession signedIn(String user) {
    StaffBrowserSession visitor = new StaffBrowserSession(port);
    assertThat(visitor.signIn(user, StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);
    return visitor;
  }

  static String token(String page) {
    Matcher found = TOKEN.matcher(page);
    assertThat(found.find()).as("the form carries a token").isTrue();
    return found.group(1);
  }

  @Test
  void aMissingRateIsOnTheDashboardOnceAndAddedOnThePage() {
    transaction.executeWithoutResult(status -> {
      missingRates.noticed(new MissingReferenceRate("NO_FORSINKELSESRENTE", LocalDate.of(2026, 7, 2)), "PG-1");
      missingRates.noticed(new MissingReferenceRate("NO_FORSINKELSESRENTE", LocalDate.of(2026, 9, 1)), "PG-2");
    });
    StaffBrowserSession manager = signedIn("ratespagemanager");
    String dashboard = manager.get("/").body();
    assertThat(dashboard).contains("Reference rates missing</span> (<span id=\"missing-rate-count\">1</span>)")
        .contains("NO_FORSINKELSESRENTE for Jul 1, 2026 to Dec 31, 2026")
        .contains("/reference-rates?series=NO_FORSINKELSESRENTE&amp;validFrom=2026-07-01");

    HttpResponse<String> page = manager.get("/reference-rates?series=NO_FORSINKELSESRENTE&validFrom=2026-07-01");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"missing-rates\"", "PG-1", "value=\"2026-07-01\"");

    HttpResponse<String> added = manager.postForm("/reference-rates",
        "series=NO_FORSINKELSESRENTE&validFrom=2026-07-01&rate=12.00&source=test+figure&token="
            + token(page.body()));

    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location").orElseThrow()).contains("/reference-rates?added=");
    assertThat(rates.on("NO_FORSINKELSESRENTE", LocalDate.of(2026, 8, 1)).percent()).isEqualByComparingTo("12.00");
    assertThat(missingRates.all()).isEmpty();
    String after = manager.get("/reference-rates").body();
    assertThat(after).contains("id=\"nothing-missing\"").contains("added by ratespagemanager");
    assertThat(manager.get("/").body()).doesNotContain("Reference rates missing");
  }

  @Test
  void aFormWithoutTheSessionsTokenOrWithBadFieldsAddsNothing() {
    StaffBrowserSession manager = signedIn("ratespagemanager");
    String page = manager.get("/reference-rates").body();

    HttpResponse<String> forged = manager.postForm("/reference-rates",
        "series=SE_REFERENSRANTA&validFrom=2026-07-01&rate=2.0&source=x&token=forged");
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("id=\"form-error\"");

    String token = token(page);
    HttpResponse<String> badDay = manager.postForm("/reference-rates",
        "series=SE_REFERENSRANTA&validFrom=2026-07-15&rate=2.0&source=x&token=" + token);
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(badDay.body()).contains("id=\"validFrom-error\"", "must be 1 January or 1 July");

    HttpResponse<String> notANumber = manager.postForm("/reference-rates",
        "series=SE_REFERENSRANTA&validFrom=2026-07-01&rate=two&source=x&token=" + token);
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(notANumber.body()).contains("id=\"rate-error\"", "is not a number");

    HttpResponse<String> published = manager.postForm("/reference-rates",
        "series=ECB_MRO&validFrom=2026-01-01&rate=2.0&source=x&token=" + token);
    assertThat(published.statusCode()).as("a half-year Fordra has is not changed").isEqualTo(409);

    assertThat(rates.has("SE_REFERENSRANTA", LocalDate.of(2026, 7, 1))).isFalse();
  }

  @Test
  void onlyManagersAndAdministratorsOpenThePage() {
    StaffBrowserSession collector = signedIn("ratespagecollector");
    assertThat(collector.get("/reference-rates").statusCode()).isEqualTo(403);
    assertThat(collector.postForm("/reference-rates", "series=SE_REFERENSRANTA").statusCode()).isEqualTo(403);
    assertThat(new StaffBrowserSession(port).get("/reference-rates").statusCode()).isEqualTo(302);
  }
}
