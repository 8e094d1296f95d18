package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fordra's own pages on the worked example of {@link Receivables}: who gets in, and that they show
 * the right numbers.
 */
@ReceivablesTest
class ReceivablesPagesTest {

  @LocalServerPort int port;
  @Autowired Receivables receivables;

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
          "/invoices/AG-C", "/invoices/AG-C/audit.csv"
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
    assertThat(aging.body()).contains("Signed in as <span id=\"signed-in-as\">manager</span>");
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
        .contains("<span id=\"as-of\">2026-06-30</span>")
        .contains(">850.00</a>", ">300.00</a>", ">400.00</a>", ">500.00</a>", ">2900.00</a>")
        .contains(">120000</a>", ">150000</a>")
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
        .contains("<span id=\"today\">2026-07-10</span>")
        .contains("EUR 3549.00", "JPY 150000")
        // collected since 1 July: AG-H 250.00 on 2 July and AG-D 100.00 on 5 July
        .contains("EUR 350.00")
        // 3549.00 / 2449.00 invoiced in the 90 days to today × 90
        .contains("130.4 days")
        .contains("<svg class=\"chart\" id=\"stage-chart-EUR\"")
        .contains("<span id=\"broken-count\">1</span>", "<span id=\"agency-count\">1</span>");
    assertThat(section(page, "id=\"promises\"")).contains("AG-K", "2026-07-08").doesNotContain("AG-L");
    assertThat(section(page, "id=\"broken-plans\"")).contains("AG-C");
    assertThat(section(page, "id=\"with-agency\"")).contains("AG-F", "EUR 600.00");
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
  void theInvoicePageShowsTheClaimAndItsSearchableAuditTrail() {
    signedIn("sales");

    String page = visitor.get("/invoices/AG-C").body();
    assertThat(page)
        .contains("<span id=\"invoice-number\">AG-C</span>")
        .contains("EUR 300.00", "DISPUTE_CREDIT")
        .contains("<td class=\"amount\" id=\"balance\">EUR 200.00</td>")
        .containsPattern("href=\"/api/notices/\\d+\">REMINDER_1</a>")
        .contains("4 of 4 entries", "customer short of cash until August");

    String found = visitor.get("/invoices/AG-C?q=installment").body();
    assertThat(found).contains("2 of 4 entries", "PLAN_BROKEN", "CALL_OUTCOME")
        .doesNotContain("<td>NOTICE_SENT</td>");

    HttpResponse<String> csv = visitor.get("/invoices/AG-C/audit.csv?q=installment");
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body().split("\r\n")).hasSize(3);
    assertThat(csv.body()).contains("\"collector\",\"CALL_OUTCOME\",\"PAYMENT_PLAN in 3 monthly");

    HttpResponse<String> missing = visitor.get("/invoices/NO-SUCH");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("No invoice <span>NO-SUCH</span>");
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
        .contains("LATE_INTEREST (§§ 286, 288 (2) BGB: Basiszinssatz + 9 Prozentpunkte;"
            + " 2026-06-27 to 2026-06-30 at 10.27 % (1.27 + 9)), 2026-06-30")
        .contains("EUR 0.23")
        .contains("<td class=\"amount\" id=\"balance\">EUR 200.23</td>");

    // Today (10 July) the Basiszinssatz of the second half-year is not in the rate file: the line
    // says so, and the balance is what is booked.
    receivables.today();
    String july = section(visitor.get("/invoices/AG-C").body(), "id=\"account\"");
    assertThat(july)
        .contains("DE_BASISZINSSATZ rate for 2026-07-01 to 2026-12-31 is not in Fordra yet")
        .contains(">pending<")
        .contains("<td class=\"amount\" id=\"balance\">EUR 200.00</td>");
  }

  private static String section(String page, String marker) {
    int start = page.indexOf(marker);
    assertThat(start).as(marker).isNotNegative();
    return page.substring(start, page.indexOf("</table>", start));
  }
}
