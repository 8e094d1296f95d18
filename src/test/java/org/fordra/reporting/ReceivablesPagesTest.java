package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fordra's own pages on the worked example of {@link Receivables}: who gets in, and that they show
 * the right numbers.
 */
@ReceivablesTest
class ReceivablesPagesTest {

  @LocalServerPort int port;
  @Autowired Receivables receivables;
  @Autowired JdbcTemplate jdbc;

  StaffBrowserSession visitor;

  @BeforeEach
  void today() {
    receivables.today();
    visitor = new StaffBrowserSession(port);
  }

  @AfterEach
  void resetClock() {
    receivables.reset();
  }

  StaffBrowserSession signedIn(String user) {
    HttpResponse<String> answer = visitor.signIn(user, user + "-pass");
    assertThat(answer.statusCode()).isEqualTo(302);
    return visitor;
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginAndBack() {
    for (String page :
        new String[] {
          "/", "/aging", "/aging.csv", "/aging/invoices.csv?currency=EUR", "/invoices",
          "/invoices/AG-C", "/invoices/AG-C/audit.csv", "/notices/1"
        }) {
      HttpResponse<String> answer = visitor.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location").orElseThrow())
          .as(page)
          .contains("/login?next=");
    }
    assertThat(visitor.get("/aging?asOf=2026-06-30").headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/login?next=%2Faging%3FasOf%3D2026-06-30"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    // A wrong password locks the account for a moment (the engine's login throttling): an
    // account no other test signs in with.
    HttpResponse<String> answer = visitor.signIn("lockedout", "guess");
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("Wrong user name or password.");
    assertThat(visitor.get("/aging").statusCode()).isEqualTo(302);
  }

  @Test
  void aLoginFormWithoutItsTokenIsRefused() {
    visitor.get("/login");
    HttpResponse<String> answer =
        visitor.postForm("/login", "username=manager&password=manager-pass&token=forged");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(visitor.get("/aging").statusCode()).isEqualTo(302);
  }

  @Test
  void aPersonSignedInToTasklistIsSignedInToFordra() {
    HttpResponse<String> login = visitor.signInToTasklist("manager", "manager-pass");
    assertThat(login.statusCode()).isEqualTo(200);

    HttpResponse<String> aging = visitor.get("/aging");
    assertThat(aging.statusCode()).isEqualTo(200);
    assertThat(aging.body()).contains("Signed in as</span> <span id=\"signed-in-as\">manager</span>");
  }

  @Test
  void signingInToFordraSignsInToTheCamundaWebapps() {
    signedIn("manager");

    HttpResponse<String> camunda = visitor.get("/camunda/api/admin/auth/user/default");
    assertThat(camunda.statusCode()).isEqualTo(200);
    assertThat(camunda.body()).contains("\"userId\":\"manager\"");
  }

  @Test
  void signingOutEndsTheSession() {
    signedIn("manager");
    assertThat(visitor.get("/aging").statusCode()).isEqualTo(200);

    HttpResponse<String> signedOut = visitor.signOut();

    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(visitor.get("/aging").statusCode()).isEqualTo(302);
  }

  @Test
  void theAgingPageShowsTheApisNumbersWithAChart() {
    signedIn("manager");

    String page = visitor.get("/aging?asOf=2026-06-30").body();

    assertThat(page)
        .contains("<span id=\"as-of\" data-date=\"2026-06-30\">Jun 30, 2026</span>")
        .contains(">850.00</a>", ">300.00</a>", ">400.00</a>", ">500.00</a>", ">2,900.00</a>")
        .contains(">120,000</a>", ">150,000</a>")
        .contains("<svg class=\"chart\" id=\"chart-EUR\"", "<svg class=\"chart\" id=\"chart-JPY\"")
        .contains("data-label=\"Over 90 days\" data-value=\"850.00\"");
    assertThat(visitor.get("/aging.csv?asOf=2026-06-30").body())
        .isEqualTo(
            "currency,current,days1to30,days31to60,days61to90,over90,total\r\n"
                + "EUR,850.00,300.00,400.00,500.00,850.00,2900.00\r\n"
                + "JPY,30000,120000,0,0,0,150000\r\n");
  }

  @Test
  void theAgingPageDrillsDownToCustomersAndTheirInvoices() {
    signedIn("admin");

    String customers = visitor.get("/aging?asOf=2026-07-10&currency=EUR&bucket=days1to30").body();
    assertThat(customers).contains("Alpha GmbH", "Beta AG").doesNotContain("Gamma KK");
    assertThat(customers.indexOf("Alpha GmbH")).isLessThan(customers.indexOf("Beta AG"));

    var alpha = receivables.customerId("Alpha GmbH");
    String invoices =
        visitor.get("/aging?asOf=2026-07-10&currency=EUR&bucket=days1to30&customer=" + alpha).body();
    assertThat(invoices)
        .contains("data-invoice=\"AG-B\"", "data-invoice=\"AG-C\"")
        .doesNotContain("data-invoice=\"AG-A\"", "data-invoice=\"AG-D\"", "data-invoice=\"AG-K\"");

    String csv =
        visitor.get("/aging/invoices.csv?asOf=2026-07-10&currency=EUR&bucket=days1to30&customer="
            + alpha).body();
    assertThat(csv)
        .startsWith("invoice,customerId,customer,status,dueDate,daysPastDue,bucket,currency,outstanding")
        .contains("\"AG-C\"," + alpha + ",\"Alpha GmbH\",OPEN,2026-06-20,20,days1to30,EUR,200.00")
        .contains("\"AG-B\"," + alpha + ",\"Alpha GmbH\",OPEN,2026-06-30,10,days1to30,EUR,50.00");
  }

  @Test
  void theDashboardShowsWhereTheReceivablesStand() {
    signedIn("manager");

    String page = visitor.get("/").body();

    assertThat(page)
        .contains("<span id=\"today\">Jul 10, 2026</span>")
        .contains("EUR\u00a03,549.00", "JPY\u00a0150,000")
        // collected since 1 July: AG-H 250.00 on 2 July and AG-D 100.00 on 5 July
        .contains("EUR\u00a0350.00")
        // Countback (CountbackDso) from 10 July over the sales by day of issue: 9 days without
        // sales, 1 July 999.00 (2550.00 left), 20 days, 10 June 100.00 (2450.00), 8 days, 1 June
        // 1050.00 (1400.00), 10 days, 21 May 300.00 (1100.00), 49 days, 1 April 400.00 (700.00),
        // 30 days, 1 March 500.00 (200.00), 13 days: 145 whole days; 15 February's 250.00
        // exhausts the last 200.00: 0.8 of a day. 145.8 days.
        .contains("145.8 days")
        .contains("<svg class=\"chart\" id=\"stage-chart-EUR\"")
        .contains("<span id=\"broken-count\">1</span>", "<span id=\"agency-count\">1</span>");
    assertThat(section(page, "id=\"promises\"")).contains("AG-K", "Jul 8, 2026").doesNotContain("AG-L");
    assertThat(section(page, "id=\"broken-plans\"")).contains("AG-C");
    assertThat(section(page, "id=\"with-agency\"")).contains("AG-F", "EUR\u00a0600.00");
  }

  @Test
  void collectorsAndSalesSeeInvoicesButNotTheReceivables() {
    for (String user : new String[] {"collector", "sales"}) {
      visitor = new StaffBrowserSession(port);
      signedIn(user);
      assertThat(visitor.get("/").headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).endsWith("/invoices"));
      assertThat(visitor.get("/aging").statusCode()).as(user).isEqualTo(403);
      assertThat(visitor.get("/aging.csv").statusCode()).as(user).isEqualTo(403);
      assertThat(visitor.get("/invoices").statusCode()).as(user).isEqualTo(200);
      assertThat(visitor.get("/invoices/AG-C").statusCode()).as(user).isEqualTo(200);
    }
  }

  @Test
  void anAccountOutsideTheStaffGroupsSeesNothing() {
    signedIn("outsider");
    assertThat(visitor.get("/").statusCode()).isEqualTo(403);
    assertThat(visitor.get("/invoices").statusCode()).isEqualTo(403);
    assertThat(visitor.get("/invoices/AG-C").statusCode()).isEqualTo(403);
  }

  @Test
  void theInvoiceListFiltersByStatusAndCustomer() {
    signedIn("collector");

    String paid = visitor.get("/invoices?status=PAID").body();
    assertThat(paid).contains("2 invoices", "data-invoice=\"AG-G\"", "data-invoice=\"AG-H\"")
        .doesNotContain("data-invoice=\"AG-A\"");

    String alpha = visitor.get("/invoices?customer=alph").body();
    assertThat(alpha).contains("4 invoices", "data-invoice=\"AG-A\"", "data-invoice=\"AG-D\"")
        .doesNotContain("data-invoice=\"AG-E\"");
  }

  @Test
  void aNoticeStillInTheOutboxIsShownAsQueued() {
    signedIn("sales");
    // The fixture's notices are on record as sent (no dispatch row); this one waits in the outbox.
    String ofAgC =
        " from notice where invoice_id = (select id from invoice where invoice_number = 'AG-C')";
    jdbc.update("insert into notice_dispatch (notice_id, state, attempts, next_attempt_at)"
        + " select id, 'PENDING', 0, sent_at" + ofAgC);
    try {
      String page = visitor.get("/invoices/AG-C").body();

      assertThat(page).containsPattern("<td>queued</td>\\s*<td><a href=\"/notices/\\d+\">First reminder</a>");
    } finally {
      jdbc.update("delete from notice_dispatch where notice_id in (select id" + ofAgC + ")");
    }
  }

  @Test
  void theInvoicePageShowsTheClaimAndItsSearchableAuditTrail() {
    signedIn("sales");

    String page = visitor.get("/invoices/AG-C").body();
    assertThat(page)
        .contains("<span id=\"invoice-number\">AG-C</span>")
        .contains("EUR\u00a0300.00", "Dispute credit")
        .contains("<td class=\"amount\" id=\"balance\">EUR\u00a0200.00</td>")
        .containsPattern("href=\"/notices/\\d+\">First reminder</a>")
        .contains("First reminder by E-mail")
        .contains("Credit: Dispute credit, Jun 25, 2026")
        .doesNotContain(">REMINDER_1", ">DISPUTE_CREDIT", ">CALL_OUTCOME<", ">2026-06-25T")
        .contains("4 of 4 entries", "customer short of cash until August");

    // The link opens the stored copy with the page's sign-in, no second (HTTP Basic) login.
    Matcher link =
        Pattern.compile("href=\"(/notices/\\d+)\">First reminder</a>").matcher(page);
    assertThat(link.find()).isTrue();
    HttpResponse<String> copy = visitor.get(link.group(1));
    assertThat(copy.statusCode()).isEqualTo(200);
    assertThat(copy.headers().firstValue("X-Content-SHA256")).isPresent();
    assertThat(copy.body()).isNotBlank();
    assertThat(visitor.get("/notices/999999999").statusCode()).isEqualTo(404);

    String found = visitor.get("/invoices/AG-C?q=installment").body();
    assertThat(found).contains("2 of 4 entries", "Payment plan broken", "Call outcome")
        .doesNotContain("Notice sent");

    HttpResponse<String> csv = visitor.get("/invoices/AG-C/audit.csv?q=installment");
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body().split("\r\n")).hasSize(3);
    assertThat(csv.body()).contains("\"collector\",\"CALL_OUTCOME\",\"PAYMENT_PLAN in 3 monthly");

    HttpResponse<String> missing = visitor.get("/invoices/NO-SUCH");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("No invoice</span> <span>NO-SUCH</span>");
  }

  @Test
  void theInvoicePageListsAccruedInterestAsAChargeLineAsTheApiDoes() {
    signedIn("sales");
    // 30 June 2026: AG-C (Alpha, a German business) owes Basiszins 1.27 + 9 = 10.27 %. Its due
    // date was not recorded as agreed, so it is in default only from the receipt of a reminder
    // (§ 286(1), (2) Nr. 1 BGB), 27 June: 4 days on 200.00 (after the credit of 25 June):
    // 200 x 4 x 10.27 / 36500 = 0.23.
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.Instant.parse("2026-06-30T10:00:00Z")));
    String june = section(visitor.get("/invoices/AG-C").body(), "id=\"account\"");
    assertThat(june)
        .contains("<span class=\"charge-type\">Late interest</span>")
        .contains("(§§ 286, 288 (2) BGB: Basiszinssatz + 9 Prozentpunkte;"
            + " 2026-06-27 to 2026-06-30 at 10.27 % (1.27 + 9)), Jun 30, 2026")
        .contains("EUR\u00a00.23")
        .contains("<td class=\"amount\" id=\"balance\">EUR\u00a0200.23</td>");

    // Today (10 July) the Basiszinssatz of the second half-year is not in the rate file: the line
    // says so, and the balance is what is booked.
    receivables.today();
    String july = section(visitor.get("/invoices/AG-C").body(), "id=\"account\"");
    assertThat(july)
        .contains("DE_BASISZINSSATZ rate for 2026-07-01 to 2026-12-31 is not in Fordra yet")
        .contains(">pending<")
        .contains("<td class=\"amount\" id=\"balance\">EUR\u00a0200.00</td>");
  }

  @Test
  void aSwedishBrowserReadsThePagesInSwedish() {
    signedIn("manager");

    String dashboard = visitor.getIn("/", "sv-SE,sv;q=0.9,en;q=0.5").body();

    assertThat(dashboard)
        .contains("lang=\"sv\"", "Kundfordringar den", "<span id=\"today\">10 juli 2026</span>")
        .contains("3\u00a0549,00\u00a0EUR", "145,8 dagar", "Första påminnelsen");
    String invoice = visitor.getIn("/invoices/AG-C", "sv").body();
    assertThat(invoice)
        .contains("Händelselogg", "Kredit: Kredit efter tvist, 25 juni 2026")
        .contains("<td class=\"amount\" id=\"balance\">200,00\u00a0EUR</td>");
  }

  @Test
  void theLanguageChosenOnThePagesOutranksTheBrowsersAndReturnsToThePage() {
    signedIn("collector");
    String token = visitor.tokenOn("/invoices");

    HttpResponse<String> chosen =
        visitor.postForm(
            "/language",
            "language=de&timeZone=Europe%2FBerlin&back=%2Finvoices%3Fstatus%3DPAID&token=" + token);

    assertThat(chosen.statusCode()).isEqualTo(302);
    assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/invoices?status=PAID");
    String german = visitor.getIn("/invoices?status=PAID", "en-GB,en").body();
    assertThat(german).contains("lang=\"de\"", "2 Rechnungen", ">Bezahlt<", "Abmelden")
        .contains("<option value=\"de\" selected=\"selected\">Deutsch</option>");

    // Only a page of this site to go back to; a form without the session's token changes nothing.
    HttpResponse<String> elsewhere =
        visitor.postForm("/language", "language=sv&back=https%3A%2F%2Fevil.example&token=" + token);
    assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).doesNotContain("evil");
    assertThat(visitor.postForm("/language", "language=nl&token=forged").statusCode()).isEqualTo(400);
    assertThat(visitor.postForm("/language", "language=fr&token=" + token).statusCode())
        .isEqualTo(400);
    assertThat(visitor.get("/invoices").body()).contains("lang=\"sv\"");
  }

  @Test
  void aCollectorIsShownNoLinkToAPageThatRefusesThem() {
    signedIn("collector");

    String page = visitor.get("/invoices").body();

    assertThat(page)
        .contains("id=\"nav-invoices\"", "id=\"nav-tasklist\"")
        .doesNotContain(
            "href=\"/aging\"", "href=\"/reference-rates\"", "href=\"/customers\"", "id=\"nav-dashboard\"",
            "/camunda/app/cockpit/");
    assertThat(navigationLinks(page)).allSatisfy(
        link -> assertThat(visitor.get(link).statusCode()).as(link).isNotEqualTo(403));
  }

  @Test
  void aManagerIsShownEveryPageAndEachOpens() {
    signedIn("manager");

    String page = visitor.get("/invoices").body();

    assertThat(navigationLinks(page))
        .contains("/", "/invoices", "/customers", "/aging", "/reference-rates", "/camunda/app/cockpit/")
        .allSatisfy(
            link -> assertThat(visitor.get(link).statusCode()).as(link).isNotEqualTo(403));
  }

  private static java.util.List<String> navigationLinks(String page) {
    String nav = page.substring(page.indexOf("<nav>"), page.indexOf("</nav>"));
    java.util.List<String> links = new java.util.ArrayList<>();
    java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(nav);
    while (href.find()) {
      links.add(href.group(1));
    }
    return links;
  }

  private static String section(String page, String marker) {
    int start = page.indexOf(marker);
    assertThat(start).as(marker).isNotNegative();
    return page.substring(start, page.indexOf("</table>", start));
  }
}
