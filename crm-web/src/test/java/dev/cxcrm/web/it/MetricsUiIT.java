package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The satisfaction dashboard in a browser: opened for one segment by its address, its NPS card
 * moves when a new answer arrives (value, n, small-sample mark), and the breakdown by segment lists
 * the segment, whose row keeps it for the whole page again. The business-impact dashboard shows a
 * segment's retention and churn counted by hand, and breaks churn down by segment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsUiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void a_new_answer_moves_the_nps_card_and_the_breakdown_keeps_a_segment() {
    String segment = "画面" + RUN;
    long customer =
        Api.created(
            base,
            "/api/customers",
            Json.createObjectBuilder()
                .add("kind", "PERSON")
                .add("name", "ダッシュボード 顧客" + RUN)
                .add("relationshipType", "LONG_TERM")
                .add("lifecycle", "ACTIVE")
                .add("segments", Json.createArrayBuilder().add(segment)));
    answer(customer, 9);
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      try {
        signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
        // The language is the user's and kept: start in Japanese whatever an earlier run chose.
        // Choosing the language already in use would post and reload the page while the next one
        // opens; only a page in English is switched, and the Japanese heading says it reloaded.
        browser.open(base, "/dashboards/satisfaction.xhtml");
        if (!d.findElement(By.tagName("h1")).getText().contains("満足度")) {
          click(d, By.id("userbar:ja"));
          waitForText(d, By.tagName("h1"), "満足度ダッシュボード");
        }
        browser.open(
            base,
            "/dashboards/satisfaction.xhtml?segment="
                + URLEncoder.encode(segment, StandardCharsets.UTF_8));
        waitForText(d, By.id("nNPS"), "n = 1");
        assertThat(d.findElement(By.id("valueNPS")).getText()).isEqualTo("100.0");
        assertThat(d.findElement(By.id("keptValue")).getText()).contains(segment);
        assertThat(d.findElement(By.id("cardNPS")).getText()).contains("少数サンプル");
        assertThat(d.findElement(By.id("valueCSAT")).getText()).isEqualTo("—");
        wholePage(browser, "dashboard-satisfaction-one");

        // A detractor answers: the card moves to (1 - 1) * 100 / 2 = 0 on 2 answers.
        answer(customer, 0);
        click(d, By.id("filters:show"));
        waitForText(d, By.id("nNPS"), "n = 2");
        assertThat(d.findElement(By.id("valueNPS")).getText()).isEqualTo("0.0");
        wholePage(browser, "dashboard-satisfaction-moved");

        // Everything, broken down by segment: the segment's row keeps it again.
        click(d, By.id("filters:clearCut"));
        settled(d);
        waitFor(d, By.id("drill:by"));
        choose(d, "drill:by", "セグメント");
        waitForText(d, By.id("drill:rows"), segment);
        wholePage(browser, "dashboard-satisfaction-breakdown");
        click(d, By.linkText(segment));
        waitForText(d, By.id("keptValue"), segment);
        waitForText(d, By.id("nNPS"), "n = 2");

        // The same page in English, still of the segment kept by its row.
        click(d, By.id("userbar:en"));
        waitForText(d, By.tagName("h1"), "Satisfaction dashboard");
        assertThat(d.findElement(By.id("keptValue")).getText()).contains(segment);
        assertThat(d.findElement(By.id("nNPS")).getText()).isEqualTo("n = 2");
        assertThat(d.findElement(By.id("cardCSAT")).getText()).contains("No comparison");
        assertThat(d.findElement(By.id("cardNPS")).getText())
            .contains("95% interval", "Trend of NPS");
        wholePage(browser, "dashboard-satisfaction-en");
        click(d, By.id("userbar:ja"));
        waitForText(d, By.tagName("h1"), "満足度ダッシュボード");
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "dashboard-satisfaction-failed");
        throw e;
      }
    }
  }

  @Test
  void the_business_dashboard_shows_retention_and_churn_of_a_segment_and_breaks_them_down() {
    String segment = "事業" + RUN;
    // Q1 2026: S = the customers since 2025 (3); N = the one since February; E on 1 April = the
    // two still active from 2025 and the new one (3); lost = the one churned in March.
    // Retention (3 - 1) / 3 = 66.7 %, churn 1 / 3 = 33.3 %.
    customer(segment, "ACTIVE", "2025-05-01", null);
    customer(segment, "ACTIVE", "2025-07-01", null);
    customer(segment, "CHURNED", "2025-08-01", "2026-03-15");
    customer(segment, "ACTIVE", "2026-02-01", null);
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      try {
        signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
        browser.open(
            base,
            "/dashboards/business.xhtml?from=2026-01-01&to=2026-03-31&segment="
                + URLEncoder.encode(segment, StandardCharsets.UTF_8));
        waitForText(d, By.tagName("h1"), "事業インパクト");
        waitForText(d, By.id("nRETENTION"), "n = 3");
        assertThat(d.findElement(By.id("valueRETENTION")).getText()).isEqualTo("66.7%");
        assertThat(d.findElement(By.id("valueCHURN")).getText()).isEqualTo("33.3%");
        assertThat(d.findElement(By.id("cardRETENTION")).getText()).contains("少数サンプル");
        assertThat(d.findElement(By.id("keptValue")).getText()).contains(segment);
        wholePage(browser, "dashboard-business-segment");

        // Everything, broken down by segment: the segment's row is there with its churn.
        click(d, By.id("filters:clearCut"));
        settled(d);
        waitFor(d, By.id("drill:metric"));
        choose(d, "drill:metric", "離反率");
        waitForText(d, By.id("drill:rows"), segment);
        assertThat(d.findElement(By.id("drill:by")).getText()).contains("セグメント");
        wholePage(browser, "dashboard-business-breakdown");
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "dashboard-business-failed");
        throw e;
      }
    }
  }

  @Test
  void a_manager_enters_a_benchmark_that_the_competitive_dashboard_draws_and_compares() {
    String name = "業界平均" + RUN;
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      try {
        signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
        browser.open(base, "/admin/benchmarks.xhtml");
        waitForText(d, By.tagName("h1"), "ベンチマーク");
        // A value outside NPS's scale is refused next to its field, and nothing is stored.
        type(d, "benchmark:name", name);
        type(d, "benchmark:value", "120");
        click(d, By.id("benchmark:save"));
        waitFor(d, nextMessage("benchmark:value"));
        assertThat(d.findElement(nextMessage("benchmark:value")).getText()).contains("-100", "100");
        assertThat(d.findElement(By.id("list:entries")).getText()).doesNotContain(name);
        type(d, "benchmark:value", "35.5");
        click(d, By.id("benchmark:save"));
        waitForText(d, By.id("list:entries"), name);
        wholePage(browser, "benchmarks");

        // The competitive dashboard draws it on NPS's trend and says how far the period is from it.
        browser.open(base, "/dashboards/competitive.xhtml");
        waitForText(d, By.tagName("h1"), "競争ポジション");
        waitForText(d, By.id("benchmarksNPS"), name);
        assertThat(d.findElement(By.id("benchmarksNPS")).getText()).contains("業界", "35.5", "差");
        assertThat(d.findElements(By.cssSelector("#cardNPS .met-benchmark"))).isNotEmpty();
        assertThat(d.findElements(By.id("benchmarksCSAT"))).isEmpty();
        wholePage(browser, "dashboard-competitive");

        // Removed again (after a confirmation), it leaves the dashboards.
        browser.open(base, "/admin/benchmarks.xhtml");
        WebElement row =
            d.findElement(By.xpath("//*[@id='list:entries']//tr[contains(., '" + name + "')]"));
        row.findElement(By.cssSelector("[id$=':remove']")).click();
        click(d, By.cssSelector(".ui-confirmdialog-yes"));
        waitForGone(d, name);
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "benchmarks-failed");
        throw e;
      }
    }
  }

  private static void waitForGone(WebDriver d, String text) {
    // The list is rendered again after the removal: an element read mid-update is stale, not gone.
    new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(x -> !x.findElement(By.id("list:entries")).getText().contains(text));
  }

  private void customer(String segment, String lifecycle, String since, String churnedOn) {
    var b =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", "事業 顧客" + RUN)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", lifecycle)
            .add("customerSince", since)
            .add("segments", Json.createArrayBuilder().add(segment));
    if (churnedOn != null) {
      b.add("churnedOn", churnedOn);
    }
    Api.created(base, "/api/customers", b);
  }

  private void answer(long customer, int nps) {
    given()
        .spec(Api.withRole(base, "MANAGER"))
        .body(
            Json.createObjectBuilder()
                .add("kind", "SURVEY")
                .add("customerId", customer)
                .add("receivedAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString())
                .add("scores", Json.createObjectBuilder().add("nps", nps))
                .build()
                .toString())
        .post("/api/feedback")
        .then()
        .statusCode(201);
  }
}
