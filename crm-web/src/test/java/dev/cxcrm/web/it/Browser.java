package dev.cxcrm.web.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven by Debian's chromedriver, in Japanese, 1366x900, with a fresh
 * profile. Nothing is downloaded: the browser and the driver are given by path, so Selenium Manager
 * has nothing to find (failsafe also sets {@code SE_OFFLINE=true}).
 *
 * <p>Without Chromium the calling test is skipped, unless env {@code CRM_REQUIRE_BROWSER=true}
 * (CI), where it fails.
 */
public final class Browser implements AutoCloseable {
  public static final String CHROMIUM = System.getProperty("crm.chromium", "/usr/bin/chromium");
  public static final String CHROMEDRIVER =
      System.getProperty("crm.chromedriver", "/usr/bin/chromedriver");

  private static final List<String> FLAGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1366,900",
          "--lang=ja");

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a browser, or skips (fails, when required) the calling test if there is none. */
  public static Browser open() {
    requireChromium();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile;
    try {
      profile = Files.createTempDirectory("crm-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /** Whether a browser must be there (CI sets {@code CRM_REQUIRE_BROWSER=true}). */
  public static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("CRM_REQUIRE_BROWSER"));
  }

  private static void requireChromium() {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (present) {
      return;
    }
    String why =
        "No browser: "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " are needed (apt-get install chromium chromium-driver fonts-ipafont-gothic)";
    if (required()) {
      fail(why + " and CRM_REQUIRE_BROWSER=true");
    }
    Assumptions.abort(why);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens {@code path} (such as "/health/ready") below the application's base URL. */
  public Browser open(URL base, String path) {
    driver.get(Api.root(base) + path);
    return this;
  }

  /** Saves what the browser shows as {@code <screenshots.dir>/<name>.png} and returns the file. */
  public Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Path target = dir.resolve(name + ".png");
    try {
      Files.createDirectories(dir);
      File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a leftover temporary profile is harmless
      }
    }
  }
}
