package org.fordra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fordra.reporting.Receivables;
import org.fordra.reporting.ReceivablesTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager in a real Chromium: signs in, reads the aging report and its chart, drills down, and
 * opens the dashboard. Today is 10 July 2026 (see {@link Receivables}).
 */
@Tag("browser")
@ReceivablesTest
class ReceivablesBrowserTest {

  @LocalServerPort int port;
  @Autowired Receivables receivables;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  Browser browser;

  @BeforeEach
  void start() {
    // The webapps sign people in against the engine registered as "default" in this JVM; with
    // several test applications cached, make it this application's engine.
    org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(engine);
    receivables.today();
    browser = Browser.start(port);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    receivables.reset();
  }


  @Test
  void theAgingPageShowsTotalsAndAChartAndDrillsDown() {
    browser.open("/aging");
    assertThat(browser.path()).startsWith("/login");
    browser.signInOnFordrasForm("manager");
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("aging-summary")));
    assertThat(browser.path()).isEqualTo("/aging");

    WebElement eur = browser.driver().findElement(By.cssSelector("tr[data-currency=EUR]"));
    assertThat(cell(eur, "current")).isEqualTo("1,799.00");
    assertThat(cell(eur, "days1to30")).isEqualTo("350.00");
    assertThat(cell(eur, "days61to90")).isEqualTo("300.00");
    assertThat(cell(eur, "over90")).isEqualTo("1,100.00");
    assertThat(cell(eur, "total")).isEqualTo("3,549.00");
    WebElement jpy = browser.driver().findElement(By.cssSelector("tr[data-currency=JPY]"));
    assertThat(cell(jpy, "total")).isEqualTo("150,000");

    // The chart is drawn: five bars, the tallest for the biggest bucket (current, 1799.00).
    List<WebElement> bars =
        browser.driver().findElements(By.cssSelector("#chart-EUR rect.bar"));
    assertThat(bars).hasSize(5);
    assertThat(bars.get(0).getSize().getHeight())
        .isGreaterThan(bars.get(4).getSize().getHeight())
        .isGreaterThan(bars.get(1).getSize().getHeight());
    assertThat(bars.get(2).getSize().getHeight()).isZero();
    browser.screenshot("aging");

    // A bar is a way in: the customers owing 1 to 30 days, then one customer's invoices.
    browser.driver().findElement(By.cssSelector("#chart-EUR g[data-label='1–30 days'] a")).click();
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("drill-customers")));
    String customers = browser.driver().findElement(By.id("drill-customers")).getText();
    assertThat(customers).contains("Alpha GmbH", "250.00", "Beta AG", "100.00");
    browser.driver().findElement(By.linkText("Alpha GmbH")).click();
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("drill-invoices")));
    assertThat(browser.driver().findElements(By.cssSelector("#drill-invoices tr[data-invoice]")))
        .extracting(row -> row.getDomAttribute("data-invoice"))
        .containsExactly("AG-C", "AG-B");
    browser.screenshot("aging-drill-down");
  }

  @Test
  void theDashboardShowsTheManagersFigures() {
    browser.open("/");
    browser.signInOnFordrasForm("manager");
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("today")));

    WebElement eur = browser.driver().findElement(By.cssSelector(".figures[data-currency=EUR]"));
    assertThat(eur.findElement(By.className("open-receivables")).getText()).isEqualTo("EUR 3,549.00");
    assertThat(eur.findElement(By.className("collected")).getText()).isEqualTo("EUR 350.00");
    assertThat(eur.findElement(By.className("dso")).getText()).isEqualTo("145.8 days");
    assertThat(browser.driver().findElements(By.cssSelector("#stage-chart-EUR rect.bar")))
        .hasSize(7);
    assertThat(browser.driver().findElement(By.id("promises")).getText()).contains("AG-K");
    assertThat(browser.driver().findElement(By.id("with-agency")).getText()).contains("AG-F");
    browser.screenshot("dashboard");

    // The style sheet is a file, which the Content-Security-Policy allows (inline style it
    // would not): the header is styled.
    assertThat(browser.driver().findElement(By.tagName("header")).getCssValue("background-color"))
        .isEqualTo("rgba(35, 54, 77, 1)");
    // Signing out is a form with its session's token.
    browser.driver().findElement(By.id("sign-out")).click();
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(browser.path()).startsWith("/login");
    browser.open("/");
    assertThat(browser.path()).startsWith("/login");
  }

  @Test
  void aManagerSignedInToTasklistOpensFordrasPagesWithoutSigningInAgain() {
    // An account of this test's own: the shared fixture's accounts are also used (and sometimes
    // throttled after refused logins) by the page tests running in the same application.
    if (identity.createUserQuery().userId("tasklistmanager").count() == 0) {
      var user = identity.newUser("tasklistmanager");
      user.setPassword("tasklistmanager-pass");
      identity.saveUser(user);
      identity.createMembership("tasklistmanager", "managers");
    }
    signInToTasklist("tasklistmanager", "tasklistmanager-pass");
    browser.open("/aging");
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("aging-summary")));
    assertThat(browser.driver().findElement(By.id("signed-in-as")).getText())
        .isEqualTo("tasklistmanager");
    browser.screenshot("aging-after-tasklist-login");
  }

  /**
   * Signs in on Tasklist's own login page and waits for its saved filters, the sign that the login
   * went through. Tasklist's first load on a busy machine can swallow the first attempt: one more
   * try from a fresh page, then a screenshot and the failure.
   */
  private void signInToTasklist(String user, String password) {
    for (int attempt = 1; ; attempt++) {
      browser.open("/camunda/app/tasklist/default/");
      WebElement name =
          new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
              .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
      name.clear();
      name.sendKeys(user);
      WebElement secret = browser.driver().findElement(By.cssSelector("input[type=password]"));
      secret.clear();
      secret.sendKeys(password);
      browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h4.name a")));
        return;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        browser.screenshot("tasklist-login-attempt-" + attempt);
        if (attempt == 2) {
          throw notYet;
        }
      }
    }
  }

  private static String cell(WebElement row, String bucket) {
    return row.findElement(By.cssSelector("td[data-bucket=" + bucket + "]")).getText();
  }
}
