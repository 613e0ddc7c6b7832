package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The emotion map and the pain point list in a real browser: the heat map shows the numbers of the
 * interactions this test wrote, in Japanese and in English; a manager records a pain point, sees it
 * at the top with its score, is refused with the message next to the field, and links a customer,
 * which changes the score.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneyMapUiIT {
  private static final Random RANDOM = new Random();
  private static final String RUN = Long.toString(Math.abs(RANDOM.nextLong()), 36);
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void the_heat_map_shows_volume_average_and_sample_size_per_touchpoint_in_japanese_and_english()
      throws SQLException {
    String segment = "map-" + RUN;
    LocalDate day = LocalDate.of(2001 + RANDOM.nextInt(20), 1 + RANDOM.nextInt(12), 15);
    long hanako = customer("地図 花子" + RUN, segment);
    long support;
    long web;
    try (PainPointRows rows = PainPointRows.open()) {
      support = rows.touchpoint("SERVICE", "PHONE", "電話サポート " + RUN, "Phone support " + RUN);
      web = rows.touchpoint("AWARENESS", "WEB", "ウェブサイト " + RUN, "Website " + RUN);
      Instant noon = day.atTime(12, 0).atZone(TOKYO).toInstant();
      // Support: -2, -2, +1: n 3, mean -1; one more without emotion: volume 4.
      rows.interaction(hanako, support, "SERVICE", "PHONE", noon, -2);
      rows.interaction(hanako, support, "SERVICE", "PHONE", noon, -2);
      rows.interaction(hanako, support, "SERVICE", "PHONE", noon, 1);
      rows.interaction(hanako, support, "SERVICE", "PHONE", noon, null);
      // Website: +2, +1: mean +1.50, volume 2.
      rows.interaction(hanako, web, "AWARENESS", "WEB", noon, 2);
      rows.interaction(hanako, web, "AWARENESS", "WEB", noon, 1);
    }
    given()
        .spec(Api.withRole(base, "MANAGER"))
        .body(
            Json.createObjectBuilder()
                .add("touchpointId", support)
                .add("title", "保留が長い " + RUN)
                .add("severity", 4)
                .add("affectedCount", 3)
                .build()
                .toString())
        .post("/api/pain-points")
        .then()
        .statusCode(201);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      String query = "?from=" + day + "&to=" + day + "&segment=" + segment;
      browser.open(base, "/journey/map.xhtml" + query);
      waitFor(d, By.id("heatmap"));

      WebElement supportCell = d.findElement(By.id("cell-SERVICE-" + support));
      assertThat(supportCell.getText()).contains("電話サポート " + RUN, "−1.00", "n=3", "件数 4");
      assertThat(supportCell.getAttribute("aria-label"))
          .isEqualTo("電話サポート " + RUN + ": 平均感情 −1.00（n=3）、やり取り 4 件。 未解決のペインポイント 1 件。");
      assertThat(supportCell.getAttribute("style")).contains("background-color");
      assertThat(supportCell.findElement(By.className("jm-pain-count")).getText()).isEqualTo("1");
      WebElement webCell = d.findElement(By.id("cell-AWARENESS-" + web));
      assertThat(webCell.getText()).contains("+1.50", "n=2", "件数 2");
      // Service: 4 interactions, n 3, -1.00; the other stages have none of this segment: "—".
      assertThat(d.findElement(By.id("total-SERVICE")).getText()).contains("−1.00", "n=3", "件数 4");
      assertThat(d.findElement(By.id("total-PURCHASE")).getText()).contains("—", "n=0", "件数 0");
      // All: 6 interactions, emotions -2,-2,+1,+2,+1 -> sum 0, n 5.
      WebElement totals = d.findElement(By.id("totals"));
      assertThat(totals.getText()).contains("合計 6 0.00 5 2 0 0 2 1 未対応（フィードバック導入後）");
      assertThat(d.findElement(By.id("period")).getText())
          .contains(day.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
      assertThat(d.findElement(By.tagName("body")).getText()).doesNotContain("???");
      wholePage(browser, "journey-map-ja");

      click(d, By.id("userbar:en"));
      try {
        waitForText(d, By.tagName("h1"), "Emotional journey map");
        supportCell = d.findElement(By.id("cell-SERVICE-" + support));
        assertThat(supportCell.getText())
            .contains("Phone support " + RUN, "−1.00", "n=3", "volume 4");
        assertThat(d.findElement(By.tagName("body")).getText())
            .contains("Totals per stage", "Not yet available (needs feedback)", "Awareness")
            .doesNotContain("???");
        wholePage(browser, "journey-map-en");
      } finally {
        click(d, By.id("userbar:ja"));
        waitForText(d, By.tagName("h1"), "感情ジャーニーマップ");
      }
    }
  }

  @Test
  void a_manager_records_a_pain_point_sees_it_first_with_its_score_and_links_a_customer()
      throws SQLException {
    long tp;
    try (PainPointRows rows = PainPointRows.open()) {
      tp = rows.touchpoint("PURCHASE", "EMAIL", "請求書 " + RUN, "Invoice " + RUN);
    }
    createPainPoint(tp, "請求書の宛名違い " + RUN, 2, 5); // 10
    createPainPoint(tp, "支払期限が分かりにくい " + RUN, 4, 10); // 40
    customer("紐付 次郎" + RUN, null);
    String manager = "mgr" + System.nanoTime();
    String password = "manager-Secret-2026";

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      newUser(browser, base, manager, "佐藤 マネージャー", "マネージャー", password);
      signIn(browser, base, manager, password);

      browser.open(base, "/journey/pain-points.xhtml?touchpointId=" + tp);
      waitFor(d, By.id("list:painPoints"));
      assertThat(firstRow(d)).contains("支払期限が分かりにくい " + RUN, "40");

      click(d, By.id("list:newPainPoint"));
      waitFor(d, By.id("dialog:title"));
      // Nothing typed in the title: refused next to the field, nothing saved.
      click(d, By.id("dialog:save"));
      waitForText(d, nextMessage("dialog:title"), "入力してください");
      wholePage(browser, "pain-point-dialog-error");

      type(d, "dialog:title", "返金の連絡がない " + RUN);
      type(d, "dialog:description", "返金処理の完了を知らせていない");
      pick(d, "dialog:severity", "5");
      type(d, "dialog:affectedCount", "20");
      click(d, By.id("dialog:save"));
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("painDialogBox")));
      waitForText(d, By.xpath("//*[@id='list:painPoints_data']/tr[1]"), "返金の連絡がない " + RUN);
      assertThat(firstRow(d)).contains("100", "20 人（推定）× 深刻度 5 = 100", "★★★★★", "請求書 " + RUN);
      assertThat(d.findElement(By.id("list:painPoints_data")).getText())
          .containsSubsequence("返金の連絡がない", "支払期限が分かりにくい", "請求書の宛名違い");
      wholePage(browser, "pain-points-ja");

      // Linking one customer: 1 customer x 5 = 5, below the others now.
      click(d, By.xpath("//*[@id='list:painPoints_data']/tr[1]//button[contains(@id,':edit')]"));
      waitFor(d, By.id("dialog:customerToLink_input"));
      WebElement search = d.findElement(By.id("dialog:customerToLink_input"));
      search.sendKeys("紐付 次郎" + RUN);
      By suggestion = By.xpath("//*[@id='dialog:customerToLink_panel']//li[contains(., '紐付 次郎')]");
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.elementToBeClickable(suggestion))
          .click();
      waitForText(d, By.id("linkedCustomers"), "紐付 次郎" + RUN);
      wholePage(browser, "pain-point-dialog-linked");
      d.findElement(By.cssSelector("#painDialogBox .ui-dialog-titlebar-close")).click();
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(15));
      wait.ignoring(StaleElementReferenceException.class)
          .until(x -> firstRow(x).contains("支払期限が分かりにくい " + RUN));
      assertThat(d.findElement(By.id("list:painPoints_data")).getText())
          .containsSubsequence("支払期限が分かりにくい", "請求書の宛名違い", "返金の連絡がない")
          .contains("1 人（紐付け顧客）× 深刻度 5 = 5");
    }
  }

  @Test
  void an_agent_reads_the_map_and_the_pain_points_but_gets_no_way_to_change_them()
      throws SQLException {
    long tp;
    try (PainPointRows rows = PainPointRows.open()) {
      tp = rows.touchpoint("SERVICE", "SMS", "SMS 通知 " + RUN, "SMS notice " + RUN);
    }
    createPainPoint(tp, "通知が届かない " + RUN, 3, 7);
    String agent = "agt" + System.nanoTime();
    String password = "agent-Secret-2026";
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      newUser(browser, base, agent, "田中 エージェント", "エージェント", password);
      signIn(browser, base, agent, password);

      click(d, By.id("navPainPoints"));
      waitFor(d, By.id("list:painPoints"));
      browser.open(base, "/journey/pain-points.xhtml?touchpointId=" + tp);
      waitFor(d, By.id("list:painPoints"));
      assertThat(firstRow(d)).contains("通知が届かない " + RUN, "21", "7 人（推定）× 深刻度 3 = 21");
      assertThat(d.findElements(By.id("list:newPainPoint"))).isEmpty();
      assertThat(d.findElements(By.xpath("//button[contains(@id,':edit')]"))).isEmpty();
      assertThat(d.findElements(By.id("dialog:save"))).isEmpty();

      click(d, By.id("navEmotionMap"));
      waitFor(d, By.id("heatmap"));
      assertThat(d.findElement(By.id("cell-SERVICE-" + tp)).getText()).contains("SMS 通知 " + RUN);
    }
  }

  private static String firstRow(WebDriver d) {
    return d.findElement(By.xpath("//*[@id='list:painPoints_data']/tr[1]")).getText();
  }

  private void createPainPoint(long tp, String title, int severity, int affected) {
    given()
        .spec(Api.withRole(base, "MANAGER"))
        .body(
            Json.createObjectBuilder()
                .add("touchpointId", tp)
                .add("title", title)
                .add("severity", severity)
                .add("affectedCount", affected)
                .build()
                .toString())
        .post("/api/pain-points")
        .then()
        .statusCode(201);
  }

  private long customer(String name, String segment) {
    var b =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", name)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", "ACTIVE")
            .add("customerSince", "2020-04-01");
    if (segment != null) {
      b.add("segments", Json.createArrayBuilder().add(segment));
    }
    return given()
        .spec(Api.withRole(base, "MANAGER"))
        .body(b.build().toString())
        .post("/api/customers")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
