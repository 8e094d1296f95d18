package org.fordra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fordra.reporting.Receivables;
import org.fordra.reporting.ReceivablesTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every one of Fordra's own pages in a real Chromium, in English and in Swedish (chosen with the
 * switcher in the header): the page speaks the language, money and dates follow it, an amount
 * never breaks across lines. Screenshots: {@code target/screenshots/pages-<language>-<page>.png}.
 */
@Tag("browser")
@ReceivablesTest
class StaffPagesInTwoLanguagesBrowserTest {

  @LocalServerPort int port;
  @Autowired Receivables receivables;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  Browser browser;

  @BeforeEach
  void start() {
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Receivables on | Jul 10, 2026 | EUR 3,549.00 | Invoices | First reminder | Aging of receivables on | Reference rates | Sign in to Fordra",
        "sv | Kundfordringar den | 10 juli 2026 | 3 549,00 EUR | Fakturor | Första påminnelsen | Åldersanalys av kundfordringar den | Referensräntor | Logga in i Fordra"
      })
  void everyPageSpeaksTheChosenLanguage(
      String language,
      String dashboardHeading,
      String today,
      String openReceivables,
      String invoicesHeading,
      String firstReminder,
      String agingHeading,
      String ratesHeading,
      String loginHeading) {
    browser.open("/");
    browser.signInOnFordrasForm("manager");
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("today")));
    // The page before the choice is marked, so the wait below cannot mistake it (English before
    // and after) for the page that loads after it.
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.documentElement.setAttribute('data-before-choice', 'yes')");
    choose(language);
    // The choice is a cookie set by the answer to the form; then the dashboard loads again in the
    // language (while it loads, the old page's elements may already be gone: try again).
    browser.waitFor(
        d -> {
          try {
            WebElement html = d.findElement(By.tagName("html"));
            return d.manage().getCookieNamed("fordra-language") != null
                && html.getDomAttribute("data-before-choice") == null
                && language.equals(html.getDomAttribute("lang"))
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.readyState"))
                && !d.findElements(By.id("today")).isEmpty();
          } catch (org.openqa.selenium.WebDriverException reloading) {
            return false;
          }
        });

    // The dashboard
    assertThat(text(By.tagName("h1"))).startsWith(dashboardHeading);
    assertThat(text(By.id("today"))).isEqualTo(today);
    WebElement eur = browser.driver().findElement(By.cssSelector(".figures[data-currency=EUR]"));
    assertThat(plain(eur.findElement(By.className("open-receivables")).getText()))
        .isEqualTo(openReceivables);
    assertOnOneLine(eur.findElement(By.className("open-receivables")));
    browser.screenshot("pages-" + language + "-dashboard");

    // The invoice list and one invoice with its audit timeline
    browser.open("/invoices");
    assertThat(text(By.tagName("h1"))).isEqualTo(invoicesHeading);
    assertThat(browser.driver().findElements(By.cssSelector("#invoices td.status")))
        .extracting(WebElement::getText)
        .noneMatch(status -> status.matches("[A-Z_]+"));
    browser.screenshot("pages-" + language + "-invoices");
    browser.open("/invoices/AG-C");
    assertThat(text(By.id("notices"))).contains(firstReminder);
    String trail = text(By.id("audit"));
    assertThat(trail).doesNotContain("/api/", "REMINDER_1", "CALL_OUTCOME", "T10:00:00Z");
    assertOnOneLine(browser.driver().findElement(By.id("balance")));
    browser.screenshot("pages-" + language + "-invoice");

    // The aging report, the reference rates, refused webhooks, an unknown invoice
    browser.open("/aging");
    assertThat(text(By.tagName("h1"))).startsWith(agingHeading);
    List<WebElement> amounts = browser.driver().findElements(By.cssSelector("#aging-summary td.amount"));
    assertThat(amounts).isNotEmpty().allSatisfy(this::assertOnOneLine);
    browser.screenshot("pages-" + language + "-aging");
    browser.open("/reference-rates");
    assertThat(text(By.tagName("h1"))).isEqualTo(ratesHeading);
    browser.screenshot("pages-" + language + "-reference-rates");
    browser.open("/customers");
    browser.screenshot("pages-" + language + "-customers");
    browser.driver().findElement(By.id("new-customer")).click();
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("customer-form")));
    browser.screenshot("pages-" + language + "-customer");
    browser.open("/new-invoice");
    assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
        .isEqualTo(language);
    browser.screenshot("pages-" + language + "-new-invoice");
    browser.open("/webhook-deliveries");
    browser.screenshot("pages-" + language + "-webhook-deliveries");
    browser.open("/invoices/NO-SUCH");
    assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
        .isEqualTo(language);
    browser.screenshot("pages-" + language + "-no-such-invoice");

    // Signed out, the login page keeps the language (the choice is a cookie of the browser).
    browser.driver().findElement(By.id("sign-out")).click();
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(text(By.tagName("h1"))).isEqualTo(loginHeading);
    browser.screenshot("pages-" + language + "-login");
  }

  private void choose(String language) {
    new Select(browser.driver().findElement(By.id("language"))).selectByValue(language);
    browser.driver().findElement(By.id("language-apply")).click();
  }


  private String text(By by) {
    return plain(browser.driver().findElement(by).getText());
  }

  /** What a reader sees: a no-break space is a space. */
  private static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /** The pieces of an amount's text all sit on one line (rounded to 4 px): it did not wrap. */
  private void assertOnOneLine(WebElement amount) {
    Object lines =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                    + " const tops = new Set(); for (const b of r.getClientRects()) {"
                    + " if (b.width > 0) { tops.add(Math.round(b.bottom / 4)); } }"
                    + " return tops.size;",
                amount);
    assertThat(((Number) lines).intValue()).as(amount.getText()).isLessThanOrEqualTo(1);
  }
}
