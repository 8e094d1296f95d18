package org.fordra.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium for the browser tests: the system's own (Debian's chromium and
 * chromium-driver), headless, on a fresh profile, downloading nothing. Override the paths with
 * {@code -Dfordra.chromium=...} and {@code -Dfordra.chromedriver=...}. Screenshots go to
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final Path profile;
  private final String base;

  private Browser(WebDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /** Starts Chromium for a Fordra listening on {@code port} of localhost. */
  public static Browser start(int port) {
    String chromium = System.getProperty("fordra.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("fordra.chromedriver", "/usr/bin/chromedriver");
    // With the driver named, Selenium Manager stays idle: nothing is downloaded.
    System.setProperty("webdriver.chrome.driver", chromedriver);
    Path profile;
    try {
      profile = Files.createTempDirectory("fordra-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
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
        "--window-size=1280,1024",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(chromedriver).toFile())
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile, "http://localhost:" + port);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the server, e.g. {@code /aging}. */
  public void open(String path) {
    driver.get(base + path);
  }

  public String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /** Signs in on Fordra's own login form; each test account's password is its name + "-pass". */
  public void signInOnFordrasForm(String user) {
    waitFor(
        org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
            org.openqa.selenium.By.id("username")));
    driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
    driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(user + "-pass");
    driver.findElement(org.openqa.selenium.By.id("sign-in")).click();
  }

  public <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
  }

  /** Keeps a PNG of what the page looks like now as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path png = SCREENSHOTS.resolve(name + ".png");
      Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(taken, png, StandardCopyOption.REPLACE_EXISTING);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException ignored) {
        // a temporary profile left behind does no harm
      }
    }
  }
}
