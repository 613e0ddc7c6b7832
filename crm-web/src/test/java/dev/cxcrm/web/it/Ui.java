package dev.cxcrm.web.it;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests do on a page, the way a user does it: sign in, type, click, pick from a
 * PrimeFaces menu, wait for the page to settle, take a screenshot of the whole page. One place, so
 * that a change of a PrimeFaces widget's markup is fixed once.
 */
public final class Ui {
  /**
   * Long enough for a first page render on a loaded 2-core machine; costs nothing when it works.
   */
  private static final Duration WAIT = Duration.ofSeconds(40);

  private Ui() {}

  /** Signs in on the login page and waits until the browser has left it. */
  public static void signIn(Browser browser, URL base, String user, String password) {
    WebDriver d = browser.driver();
    browser.open(base, "/login.xhtml");
    waitFor(d, By.id("login:username"));
    type(d, "login:username", user);
    type(d, "login:password", password);
    click(d, By.id("login:submit"));
    patiently(d).until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
  }

  /** Signs out from the user bar and waits for the login page. */
  public static void signOut(WebDriver d) {
    click(d, By.id("userbar:signOut"));
    waitFor(d, By.id("login:username"));
  }

  /**
   * Signs in as the administrator, creates a user on the users page and signs out again: the login
   * page is left for the new user.
   */
  public static void newUser(
      Browser browser,
      URL base,
      String user,
      String displayName,
      String roleLabel,
      String password) {
    signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
    createUser(browser.driver(), base, user, displayName, roleLabel, password);
    signOut(browser.driver());
  }

  /** Creates a user on the users page (the signed-in user must be an administrator). */
  public static void createUser(
      WebDriver d, URL base, String user, String displayName, String roleLabel, String password) {
    d.get(Api.root(base) + "/admin/users.xhtml");
    waitFor(d, By.id("create:username"));
    type(d, "create:username", user);
    type(d, "create:displayName", displayName);
    choose(d, "create:role", roleLabel);
    type(d, "create:password", password);
    click(d, By.id("create:submit"));
    waitForText(d, By.id("users:table"), user);
  }

  /**
   * A screenshot of the whole page, and axe-core's WCAG 2.1 A and AA rules run on it: any violation
   * fails the test, so every page state a browser test looks at is checked.
   */
  public static void wholePage(Browser browser, String name) {
    settled(browser.driver());
    picture(browser, name);
    List<String> found = Axe.violations(browser.driver(), name);
    if (!found.isEmpty()) {
      throw new AssertionError("WCAG 2.1 AA violations:\n" + String.join("\n", found));
    }
  }

  /** A screenshot of the whole page: the window grows to the page's height for the picture. */
  static void picture(Browser browser, String name) {
    WebDriver d = browser.driver();
    Dimension before = d.manage().window().getSize();
    Number height =
        (Number)
            ((JavascriptExecutor) d).executeScript("return document.documentElement.scrollHeight");
    d.manage()
        .window()
        .setSize(
            new Dimension(
                before.getWidth(), Math.max(before.getHeight(), height.intValue() + 120)));
    browser.screenshot(name);
    d.manage().window().setSize(before);
  }

  /** The error message rendered in the same field block as the input (or its parts). */
  public static By nextMessage(String inputId) {
    return By.xpath(
        "//div[contains(@class,'crm-field')][.//*[starts-with(@id,'"
            + inputId
            + "')]]//*[contains(@class,'ui-message-error')]");
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label, as a user does: open, wait for the
   * panel's opening animation to end, click the option, and check that the menu shows it.
   */
  public static void choose(WebDriver d, String menuId, String label) {
    By panel = By.id(menuId + "_panel");
    By item = By.xpath("//*[@id='" + menuId + "_panel']//*[@data-label='" + label + "']");
    click(d, By.id(menuId));
    FluentWait<WebDriver> wait = patiently(d);
    wait.until(
        ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    ajaxDone(d);
  }

  /** Picks the option of a radio group (p:selectOneRadio) by its label, as a user clicks it. */
  public static void pick(WebDriver d, String groupId, String label) {
    click(d, By.xpath("//*[@id='" + groupId + "']//label[normalize-space()='" + label + "']"));
    ajaxDone(d);
  }

  /** The label of the option chosen in a radio group, or null when none is. */
  public static String chosen(WebDriver d, String groupId) {
    for (WebElement radio :
        d.findElements(By.cssSelector("[id='" + groupId + "'] input[type='radio']"))) {
      if (radio.isSelected()) {
        return d.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']"))
            .getText()
            .strip();
      }
    }
    return null;
  }

  /** Waits until no request is in flight and no jQuery animation (a toast fading in) runs. */
  public static void settled(WebDriver d) {
    ajaxDone(d);
    untilTrue(d, "return !window.jQuery || jQuery(':animated').length === 0");
  }

  /**
   * Waits until PrimeFaces has no request in flight, so the next input is not re-rendered under the
   * fingers.
   */
  public static void ajaxDone(WebDriver d) {
    untilTrue(d, "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()");
  }

  private static void untilTrue(WebDriver d, String script) {
    patiently(d).until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(script)));
  }

  /**
   * Clicks an element after scrolling it to the middle, clear of the sticky button bar of a form.
   */
  public static void click(WebDriver d, By by) {
    WebElement e = d.findElement(by);
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  /** Replaces what an input holds with {@code value}. */
  public static void type(WebDriver d, String id, String value) {
    click(d, By.id(id));
    WebElement e = d.findElement(By.id(id));
    e.clear();
    e.sendKeys(value);
  }

  /**
   * Types a date into a date picker (its calendar opens only from its button, so typing is plain).
   */
  public static void date(WebDriver d, String inputId, String isoDate) {
    WebElement e = d.findElement(By.id(inputId));
    e.sendKeys(Keys.chord(Keys.CONTROL, "a"), isoDate);
  }

  /** The visible text of an element, without surrounding white space. */
  public static String text(WebDriver d, String id) {
    return d.findElement(By.id(id)).getText().strip();
  }

  public static void waitFor(WebDriver d, By by) {
    patiently(d).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public static void waitForText(WebDriver d, By by, String text) {
    patiently(d).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /**
   * A wait for {@code d} that polls through the moments a page is being replaced: an element found
   * a moment ago may be gone (stale) or, in Chromium's protocol, "not belong to the document".
   */
  public static FluentWait<WebDriver> patiently(WebDriver d) {
    return new WebDriverWait(d, WAIT).ignoring(WebDriverException.class);
  }
}
