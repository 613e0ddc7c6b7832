package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The journey pages in a real browser: a manager keeps the touchpoint catalogue, moves a customer
 * through the journey on the customer page and reads the funnel, in Japanese and in English; an
 * agent reads but cannot change what is not theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneyUiIT {
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String PASSWORD = "journey-Secret-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void a_manager_keeps_touchpoints_moves_a_customer_and_reads_the_funnel() {
    String manager = "mgr" + RUN;
    int touchpoint =
        api("MANAGER")
            .body(
                Json.createObjectBuilder()
                    .add("nameJa", "看板" + RUN)
                    .add("nameEn", "Signboard " + RUN)
                    .add("stage", "AWARENESS")
                    .add("channel", "IN_PERSON")
                    .build()
                    .toString())
            .post("/api/touchpoints")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    long customer = customer("旅路 花子" + RUN, null);
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      newUser(browser, base, manager, "山田 部長", "マネージャー", PASSWORD);
      signIn(browser, base, manager, PASSWORD);

      // The catalogue: the nav link, grouped by stage with the focus, the seeded touchpoints.
      click(d, By.id("navTouchpoints"));
      waitFor(d, By.id("create:nameJa"));
      String page = d.findElement(By.tagName("body")).getText();
      assertThat(page)
          .contains("認知", "分かりやすい価値、見つけやすさ", "提唱", "ウェブサイト", "紹介のお願い", "看板" + RUN)
          .doesNotContain("???");
      wholePage(browser, "touchpoints-ja");

      // Edit the name in the dialog; an empty English name is refused next to its field.
      By row = By.xpath("//tr[.//span[@class='jour-name-ja' and text()='看板" + RUN + "']]");
      click(d, By.xpath("//tr[.//span[text()='看板" + RUN + "']]//button[contains(@id,':edit')]"));
      waitFor(d, By.id("edit:nameJa"));
      type(d, "edit:nameEn", "");
      click(d, By.id("edit:save"));
      waitForText(
          d,
          By.xpath(
              "//div[contains(@class,'crm-field')][.//*[@id='edit:nameEn']]"
                  + "//*[contains(@class,'ui-message-error')]"),
          "入力してください");
      browser.screenshot("touchpoint-edit-error-ja");
      type(d, "edit:nameEn", "Shop sign " + RUN);
      type(d, "edit:nameJa", "店頭看板" + RUN);
      click(d, By.id("edit:save"));
      waitForText(d, By.id("catalogue"), "店頭看板" + RUN);
      assertThat(d.findElement(By.id("growl_container")).getText()).contains("保存しました");
      api("AGENT")
          .get("/api/touchpoints/" + touchpoint)
          .then()
          .statusCode(200)
          .body("nameJa", org.hamcrest.Matchers.equalTo("店頭看板" + RUN))
          .body("nameEn", org.hamcrest.Matchers.equalTo("Shop sign " + RUN))
          .body("version", org.hamcrest.Matchers.equalTo(2));
      // Deactivate it from the table.
      click(
          d, By.xpath("//tr[.//span[text()='店頭看板" + RUN + "']]//button[contains(@id,':toggle')]"));
      waitForText(d, By.xpath("//tr[.//span[text()='店頭看板" + RUN + "']]"), "無効");
      assertThat(d.findElements(row)).isEmpty();

      // The customer page: five steps at awareness, move to purchase, see it in the history.
      browser.open(base, "/customer.xhtml?id=" + customer);
      waitFor(d, By.id("journey:steps"));
      assertThat(currentStep(d)).isEqualTo("認知");
      assertThat(text(d, "currentStage")).isEqualTo("認知");
      assertThat(d.findElement(By.id("journey:stageHistory")).getText()).contains("まだ変更されていません");
      choose(d, "journey:stage", "購入");
      click(d, By.id("journey:move"));
      waitForText(d, By.id("currentStage"), "購入");
      assertThat(currentStep(d)).isEqualTo("購入");
      assertThat(text(d, "stageFocus")).contains("スムーズな手続き");
      String history = d.findElement(By.id("journey:stageHistory")).getText();
      assertThat(history).contains("認知 → 購入", "山田 部長");
      assertThat(d.findElement(By.id("growl_container")).getText()).contains("「購入」に移動しました");
      wholePage(browser, "customer-journey-ja");
      api("AGENT")
          .get("/api/customers/" + customer + "/stage-history")
          .then()
          .body("items.toStage", org.hamcrest.Matchers.equalTo(List.of("PURCHASE")))
          .body("items[0].changedBy", org.hamcrest.Matchers.equalTo(manager));

      // The funnel: the same numbers as the API for the same default period.
      Response funnel = api("MANAGER").get("/api/journey/funnel");
      click(d, By.id("navFunnel"));
      waitFor(d, By.id("funnelTable"));
      for (String stage :
          List.of("AWARENESS", "CONSIDERATION", "PURCHASE", "SERVICE", "ADVOCACY")) {
        int count = funnel.path("stages.find { it.stage == '" + stage + "' }.count");
        assertThat(text(d, "count-" + stage)).isEqualTo(String.valueOf(count));
      }
      assertThat(funnel.<Integer>path("stages[2].count")).isGreaterThanOrEqualTo(1);
      String table = d.findElement(By.id("funnelTable")).getText();
      assertThat(table).contains("n = ", "購入", "—").doesNotContain("???");
      int moved = funnel.path("stages[0].conversionNumerator");
      int in = funnel.path("stages[0].conversionDenominator");
      // The page groups thousands as Japanese does (1,028).
      assertThat(table).contains(String.format(java.util.Locale.JAPAN, "%,d / %,d人", moved, in));
      wholePage(browser, "funnel-ja");

      // A period with a start after its end is refused next to the start.
      date(d, "filters:from_input", "2026-09-02");
      date(d, "filters:to_input", "2026-09-01");
      click(d, By.id("filters:show"));
      waitForText(
          d,
          By.xpath(
              "//div[contains(@class,'crm-field')][.//*[@id='filters:from_input']]"
                  + "//*[contains(@class,'ui-message-error')]"),
          "開始日は終了日以前");

      // The same pages in English.
      click(d, By.id("userbar:en"));
      waitForText(d, By.tagName("h1"), "Journey funnel");
      assertThat(d.findElement(By.tagName("body")).getText())
          .contains(
              "Customers (now)", "Conversion to a later stage", "Median days in stage", "Purchase")
          .doesNotContain("???");
      wholePage(browser, "funnel-en");
      browser.open(base, "/admin/touchpoints.xhtml");
      waitFor(d, By.id("create:nameJa"));
      assertThat(d.findElement(By.tagName("body")).getText())
          .contains("Touchpoints", "Clear value, easy discovery", "Website", "Deactivate")
          .doesNotContain("???");
      wholePage(browser, "touchpoints-en");
      browser.open(base, "/customer.xhtml?id=" + customer);
      waitFor(d, By.id("journey:steps"));
      assertThat(d.findElement(By.tagName("body")).getText())
          .contains("Customer journey", "Stage history", "Awareness → Purchase", "Smooth process")
          .doesNotContain("???");
      wholePage(browser, "customer-journey-en");
      click(d, By.id("userbar:ja"));
      waitForText(d, By.id("journeyHead"), "カスタマージャーニー");
    }
  }

  @Test
  void an_agent_reads_the_funnel_but_neither_keeps_touchpoints_nor_moves_anothers_customer() {
    String agent = "agt" + RUN;
    long others = customer("他人 太郎" + RUN, "admin");
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      newUser(browser, base, agent, "鈴木 一郎", "エージェント", PASSWORD);
      signIn(browser, base, agent, PASSWORD);

      browser.open(base, "/journey/funnel.xhtml");
      waitFor(d, By.id("funnelTable"));
      assertThat(d.findElements(By.id("navTouchpoints"))).isEmpty();
      assertThat(d.findElements(By.id("navFunnel"))).hasSize(1);

      browser.open(base, "/admin/touchpoints.xhtml");
      assertThat(d.findElements(By.id("create:nameJa"))).isEmpty();
      assertThat(d.findElement(By.tagName("body")).getText()).contains("権限がありません");

      browser.open(base, "/customer.xhtml?id=" + others);
      waitFor(d, By.id("journey:steps"));
      assertThat(d.findElement(By.id("journey:move")).isEnabled()).isFalse();
      assertThat(d.findElement(By.id("journeyHead")).getText()).isEqualTo("カスタマージャーニー");
      assertThat(d.findElement(By.tagName("body")).getText()).contains("段階は閲覧のみです");
      wholePage(browser, "customer-journey-agent-ja");
    }
  }

  private String currentStep(WebDriver d) {
    return d.findElement(By.cssSelector("#journey\\:steps .jour-step-current .jour-step-title"))
        .getText()
        .strip();
  }

  private long customer(String name, String owner) {
    var body =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", name)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", "PROSPECT")
            .add("customerSince", "2026-01-01");
    if (owner != null) {
      body.add("owner", owner);
    }
    return api("MANAGER")
        .body(body.build().toString())
        .post("/api/customers")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private io.restassured.specification.RequestSpecification api(String role) {
    return given().spec(Api.withRole(base, role));
  }
}
