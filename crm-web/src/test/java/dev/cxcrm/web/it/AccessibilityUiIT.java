package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Every page of the application, as an administrator sees it with data on it, in Japanese and in
 * English, in a desktop window (1366×900) and a narrow phone's (360×780): axe-core's WCAG 2.1 A and
 * AA rules find nothing, and no page is wider than the phone. Screenshots of each land in {@code
 * screenshots/a11y-<window>-<locale>-<page>.png}; those of the customer page as a window shows it,
 * which the README shows, in {@code screenshots/readme-customer-<window>.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityUiIT {
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final Dimension DESKTOP = new Dimension(1366, 900);
  private static final Dimension PHONE = new Dimension(360, 780);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void no_page_violates_wcag_21_aa_or_scrolls_sideways_in_either_language_or_window() {
    Map<String, String> pages = pages();
    List<String> findings = new ArrayList<>();
    int views = 0;
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      for (String locale : List.of("ja", "en")) {
        browser.open(base, "/login.xhtml");
        waitFor(d, By.id("login:username"));
        switchLanguage(d, "lang", locale);
        views += check(browser, "login", locale, findings);
        signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
        switchLanguage(d, "userbar", locale);
        for (var page : pages.entrySet()) {
          browser.open(base, page.getValue());
          waitFor(d, By.id("content"));
          settled(d);
          views += check(browser, page.getKey(), locale, findings);
        }
        // A language switched while signed in is saved for the user: leave the administrator's
        // Japanese, which the other browser tests read.
        switchLanguage(d, "userbar", "ja");
        signOut(d);
      }
    }

    assertThat(views).isEqualTo((pages.size() + 1) * 2 * 2);
    assertThat(findings).as("WCAG 2.1 AA violations and sideways scrolling").isEmpty();
  }

  /** Checks the page the browser shows in both windows; returns how many views it checked. */
  private static int check(Browser browser, String page, String locale, List<String> findings) {
    WebDriver d = browser.driver();
    for (var window : Map.of("desktop", DESKTOP, "phone", PHONE).entrySet()) {
      d.manage().window().setSize(window.getValue());
      String name = window.getKey() + "-" + locale + "-" + page;
      findings.addAll(Axe.violationsWithTargetSize(d, name));
      if (window.getValue() == PHONE) {
        findings.addAll(Axe.overflow(d, name));
      }
      picture(browser, "a11y-" + name);
      if (page.equals("customer") && locale.equals("ja")) {
        // What the README shows: the top of the customer page as the window shows it.
        ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("readme-customer-" + window.getKey());
      }
    }
    d.manage().window().setSize(DESKTOP);
    return 2;
  }

  private static void switchLanguage(WebDriver d, String form, String locale) {
    if (!locale.equals(d.findElement(By.tagName("html")).getAttribute("lang"))) {
      click(d, By.id(form + ":" + locale));
      patiently(d)
          .until(x -> locale.equals(x.findElement(By.tagName("html")).getAttribute("lang")));
      ajaxDone(d);
    }
  }

  /** Each page by a short name, with the records it shows created first through the API. */
  private Map<String, String> pages() {
    long customer =
        Api.created(
            base,
            "/api/customers",
            Json.createObjectBuilder()
                .add("kind", "PERSON")
                .add("name", "青木 花子 " + RUN)
                .add("nameKana", "アオキ ハナコ")
                .add("email", "aoki-" + RUN + "@example.jp")
                .add("phone", "03-1234-5678")
                .add("relationshipType", "PERSONAL_ASSISTANCE")
                .add("lifecycle", "ACTIVE")
                .add("owner", Api.ADMIN_USER)
                .add("segments", Json.createArrayBuilder().add("VIP")));
    String at =
        OffsetDateTime.ofInstant(
                Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                ZoneId.of("Asia/Tokyo"))
            .toString();
    long contact =
        Api.created(
            base,
            "/api/interactions",
            Json.createObjectBuilder()
                .add("customerId", customer)
                .add("channel", "EMAIL")
                .add("direction", "INBOUND")
                .add("occurredAt", at)
                .add("summary", "請求書の再発行のお願い " + RUN)
                .add("emotion", -1));
    long serviceCase =
        Api.created(
            base,
            "/api/cases",
            Json.createObjectBuilder()
                .add("customerId", customer)
                .add("type", "QUESTION")
                .add("subject", "請求書の再発行 " + RUN)
                .add("interactionIds", Json.createArrayBuilder().add(contact)));
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("customers", "/customers.xhtml");
    pages.put("customer", "/customer.xhtml?id=" + customer);
    pages.put("customer-edit", "/customer-edit.xhtml?id=" + customer);
    pages.put("customer-new", "/customer-edit.xhtml");
    pages.put("day", "/day.xhtml");
    pages.put("due", "/due.xhtml");
    pages.put("cases", "/cases.xhtml");
    pages.put("case", "/case.xhtml?id=" + serviceCase);
    pages.put("funnel", "/journey/funnel.xhtml");
    pages.put("emotion-map", "/journey/map.xhtml");
    pages.put("pain-points", "/journey/pain-points.xhtml");
    pages.put("compliance", "/interactions/compliance.xhtml");
    pages.put("case-rates", "/interactions/case-rates.xhtml");
    pages.put("proactive-figures", "/playbook/figures.xhtml");
    pages.put("touchpoints", "/admin/touchpoints.xhtml");
    pages.put("response-standards", "/admin/response-standards.xhtml");
    pages.put("root-causes", "/admin/root-causes.xhtml");
    pages.put("playbooks", "/admin/playbooks.xhtml");
    pages.put("users", "/admin/users.xhtml");
    pages.put("api-keys", "/admin/api-keys.xhtml");
    pages.put("account", "/account.xhtml");
    return pages;
  }
}
