package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.sql.SQLException;
import java.util.Random;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every step of an agent's day with the keyboard alone (WCAG 2.1.1): no click, no script; Tab,
 * Shift+Tab, Enter and Escape, as a person who cannot use a mouse works. Each step says how many
 * presses it may take at most, so a control that Tab cannot reach (or reaches only after wandering
 * through the whole page) fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardUiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String AGENT = "kb" + RUN;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void an_agent_signs_in_finds_a_customer_logs_and_answers_a_contact_by_keyboard()
      throws SQLException {
    InteractionTestData.agentUser(AGENT, "鍵盤 担当" + RUN);
    String name = "鍵盤 顧客" + RUN;
    Api.created(
        base,
        "/api/customers",
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", name)
            .add("relationshipType", "PERSONAL_ASSISTANCE")
            .add("lifecycle", "ACTIVE")
            .add("preferredChannel", "EMAIL"));
    try (Browser browser = Browser.open()) {
      try {
        aDayByKeyboard(browser, name);
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "keyboard-failed");
        throw e;
      }
    }
  }

  private void aDayByKeyboard(Browser browser, String name) {
    WebDriver d = browser.driver();
    // Sign in: the user name has the focus; Tab to the password, Enter submits.
    browser.open(base, "/login.xhtml");
    waitFor(d, By.id("login:username"));
    assertThat(focused(d).getAttribute("id")).isEqualTo("login:username");
    keys(d, AGENT, Keys.TAB, Api.adminPassword(), Keys.ENTER);
    waitFor(d, By.id("list:q"));

    // The list opens with the focus in its search field.
    patiently(d).until(x -> "list:q".equals(focused(x).getAttribute("id")));

    // Search, then Tab to the customer's link in the list and open it.
    keys(d, name);
    waitForText(d, By.id("list:customers"), name);
    settled(d);
    tabTo(d, 30, e -> name.equals(e.getText()), "the customer's link in the list");
    keys(d, Keys.ENTER);
    waitFor(d, By.id("quickLog:subject"));

    // The quick log has the focus; Enter in the subject logs an inbound e-mail awaiting an answer.
    patiently(d).until(x -> "quickLog:subject".equals(focused(x).getAttribute("id")));
    keys(d, "キーボードで質問", Keys.ENTER);
    waitForText(d, By.id("timeline"), "キーボードで質問");
    settled(d);

    // Answer it: Tab from the form to the contact's answer button, Enter, write, Enter.
    tabTo(
        d,
        40,
        e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith(":answer"),
        "the answer button of the contact");
    keys(d, Keys.ENTER);
    waitFor(d, By.id("quickLog:replyTo_label"));
    patiently(d).until(x -> "quickLog:subject".equals(focused(x).getAttribute("id")));
    assertThat(focused(d).getAttribute("value")).isEqualTo("Re: キーボードで質問");
    keys(d, Keys.ENTER);
    waitForText(d, By.id("timeline"), "回答済み");
    wholePage(browser, "keyboard-answered");

    // Back through the page to the navigation, and to the due queue: nothing is left there.
    settled(d);
    tabBackTo(d, 80, e -> "navDue".equals(e.getAttribute("id")), "the due queue link");
    keys(d, Keys.ENTER);
    waitFor(d, By.id("due:items"));
    assertThat(d.findElement(By.id("due:items")).getText()).doesNotContain(name);

    // On a page that focuses no field, the first Tab reaches the skip link, which takes the focus
    // past the navigation.
    keys(d, Keys.TAB);
    assertThat(focused(d).getAttribute("class")).contains("crm-skip");
    assertThat(focused(d).isDisplayed()).as("the skip link shows when focused").isTrue();
    keys(d, Keys.ENTER);
    patiently(d).until(x -> "content".equals(focused(x).getAttribute("id")));
  }

  @Test
  void on_a_phone_the_menu_opens_and_closes_by_keyboard() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      d.manage().window().setSize(new Dimension(360, 780));
      browser.open(base, "/due.xhtml");
      waitFor(d, By.id("menuButton"));
      assertThat(d.findElement(By.id("navCases")).isDisplayed()).isFalse();

      keys(d, Keys.TAB); // the skip link
      tabTo(d, 4, e -> "menuButton".equals(e.getAttribute("id")), "the menu button");
      keys(d, Keys.ENTER);
      assertThat(focused(d).getAttribute("aria-expanded")).isEqualTo("true");
      waitFor(d, By.id("navCases"));

      // Escape closes it and gives the focus back to the button.
      keys(d, Keys.ESCAPE);
      assertThat(focused(d).getAttribute("id")).isEqualTo("menuButton");
      assertThat(focused(d).getAttribute("aria-expanded")).isEqualTo("false");

      // Open again, Tab into the navigation, Enter follows the link.
      keys(d, Keys.ENTER);
      tabTo(d, 20, e -> "navCases".equals(e.getAttribute("id")), "the cases link in the menu");
      keys(d, Keys.ENTER);
      patiently(d).until(x -> x.getCurrentUrl().contains("/cases.xhtml"));
      wholePage(browser, "keyboard-phone-cases");
    }
  }

  /** What has the keyboard focus. */
  private static WebElement focused(WebDriver d) {
    return d.switchTo().activeElement();
  }

  /** Sends keys to whatever has the focus, as a person typing does. */
  private static void keys(WebDriver d, CharSequence... keys) {
    new Actions(d).sendKeys(keys).perform();
  }

  /** Presses Tab until the focus is on {@code target}, at most {@code max} times. */
  private static void tabTo(WebDriver d, int max, Predicate<WebElement> target, String what) {
    moveFocus(d, Keys.TAB, max, target, what);
  }

  /** Presses Shift+Tab until the focus is on {@code target}, at most {@code max} times. */
  private static void tabBackTo(WebDriver d, int max, Predicate<WebElement> target, String what) {
    moveFocus(d, Keys.chord(Keys.SHIFT, Keys.TAB), max, target, what);
  }

  private static void moveFocus(
      WebDriver d, CharSequence key, int max, Predicate<WebElement> target, String what) {
    for (int i = 0; i < max; i++) {
      keys(d, key);
      if (target.test(focused(d))) {
        return;
      }
    }
    throw new AssertionError(
        what + " is not reached in " + max + " presses; the focus is on " + describe(focused(d)));
  }

  private static String describe(WebElement e) {
    return "<" + e.getTagName() + " id=\"" + e.getAttribute("id") + "\"> " + e.getText();
  }
}
