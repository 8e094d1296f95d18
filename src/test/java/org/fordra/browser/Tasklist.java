package org.fordra.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in the system Chromium, as a person uses it: log in, open a task, claim it,
 * fill in its Camunda Form, complete it. Selenium Manager is never asked for anything: the
 * browser and the driver are Debian's.
 */
final class Tasklist implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** Generous: the machine running the tests may be busy, and Tasklist's scripts are large. */
  static final Duration PATIENCE = Duration.ofSeconds(90);

  private final WebDriver browser;
  private final WebDriverWait wait;
  private final String base;
  private final Path profile;

  Tasklist(int port) throws IOException {
    this(port, null);
  }

  /**
   * A browser set to {@code language} (a tag such as "de-DE"; null: Chromium's default), as
   * Tasklist and Fordra read it: navigator.languages and the Accept-Language header.
   */
  Tasklist(int port, String language) throws IOException {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    profile = Files.createTempDirectory("fordra-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1800",
        "--user-data-dir=" + profile.toAbsolutePath());
    if (language != null) {
      options.addArguments("--lang=" + language);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180));
    wait = new WebDriverWait(browser, PATIENCE);
    base = "http://localhost:" + port + "/camunda/app/tasklist/";
  }

  void logIn(String user, String password) {
    browser.get(base);
    WebElement name = new WebDriverWait(browser, Duration.ofSeconds(180)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    name.sendKeys(user);
    WebElement secret = browser.findElement(By.cssSelector("input[type='password']"));
    secret.sendKeys(password);
    secret.sendKeys(Keys.ENTER);
    // Signed in: the saved filters appear in the left column.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h4.name a")));
  }

  /** Whether Camunda's "migrate to Camunda 8" banner is on the page and visible. */
  boolean showsCamunda8Banner() {
    return browser.findElements(By.cssSelector(".ce-eol-banner")).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  /** How many banners the page holds, shown or not: the test is only worth it if it is there. */
  int camunda8Banners() {
    return browser.findElements(By.cssSelector(".ce-eol-banner")).size();
  }

  /** The saved filters in the left column, as shown (a focused filter also shows its count). */
  List<String> filters() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h4.name a")));
    return browser.findElements(By.cssSelector("h4.name a")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }

  /** Chooses the language of Fordra's own pages with the switcher in their header. */
  void chooseFordraLanguage(String language) {
    browser.get(base.replace("/camunda/app/tasklist/", "/invoices"));
    new org.openqa.selenium.support.ui.Select(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("language"))))
        .selectByValue(language);
    browser.findElement(By.id("language-apply")).click();
    // The choice is a cookie set by the answer; then the page loads again in that language.
    wait.until(b -> {
      try {
        return b.manage().getCookieNamed("fordra-language") != null
            && language.equals(b.findElement(By.tagName("html")).getDomAttribute("lang"));
      } catch (org.openqa.selenium.WebDriverException reloading) {
        return false;
      }
    });
  }

  void openTask(String taskId) {
    browser.get(base + "default/#/?task=" + taskId);
  }

  void claim() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
  }

  /** Waits for the Camunda Form (form-js) to render, and returns its visible text. */
  /** Where the form's links lead, as the browser resolved them. */
  List<String> formLinks() {
    return browser.findElements(By.cssSelector(".fjs-container a[href]")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  String formText() {
    WebElement form = wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form")));
    return form.getText();
  }

  /** Picks a radio option by its label. */
  void choose(String label) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
            "//div[contains(@class,'fjs-form')]//label[contains(normalize-space(.), \""
                + label + "\")]//input[@type='radio']")))
        .click();
  }

  /** The input of a form component, by the component's id in the .form file. */
  By field(String componentId) {
    return By.cssSelector(
        ".fjs-form input[id*='-" + componentId + "'], .fjs-form textarea[id*='-" + componentId + "']");
  }

  boolean isShown(String componentId) {
    return !browser.findElements(field(componentId)).isEmpty();
  }

  void waitUntilShown(String componentId, boolean shown) {
    wait.until(b -> isShown(componentId) == shown);
  }

  /** Types into a field like a person, and waits until the form holds exactly that text. */
  void type(String componentId, String text) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field(componentId)));
      input.click();
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(text);
      input.sendKeys(Keys.TAB);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(b -> text.equals(b.findElement(field(componentId)).getDomProperty("value")));
        return;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        System.err.println("retyping " + componentId + ": "
            + browser.findElement(field(componentId)).getAttribute("outerHTML"));
      }
    }
    throw new AssertionError("could not type into " + componentId);
  }

  WebElement completeButton() {
    return browser.findElement(By.cssSelector("button.btn-primary[ng-click='complete()']"));
  }

  void waitUntilCompletable(boolean completable) {
    wait.until(b -> completeButton().isEnabled() == completable);
  }

  void complete() {
    waitUntilCompletable(true);
    completeButton().click();
  }

  /** Polls until {@code condition} holds, e.g. that the engine has moved the case on. */
  void waitFor(String what, BooleanSupplier condition) {
    wait.withMessage(what).until(b -> condition.getAsBoolean());
  }

  String pageText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      if (name.endsWith("failed")) {
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("no screenshot " + name + ": " + e);
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}
