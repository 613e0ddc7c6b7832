package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The response standards page as a manager uses it, in a real browser: change the SMS standard, be
 * refused with the message next to the hours, add Japan's public holidays of 2027 (once), and read
 * the page in Japanese and English. An agent gets no link and no page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseStandardsUiIT {
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  private static final String MANAGER = "stdmgr" + RUN;
  private static final String AGENT = "stdagent" + RUN;
  private static final String PASSWORD = "Standards-Secret-2026";
  private static final String PAGE = "/admin/response-standards.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  /** The mission's SMS standard and no holidays in 2027, before and after. */
  @BeforeEach
  @AfterEach
  void restore() {
    given()
        .spec(Api.asAdmin(base))
        .body("{\"mode\":\"ELAPSED_HOURS\",\"hours\":2}")
        .put("/api/response-standards/SMS")
        .then()
        .statusCode(200);
    List<String> dates =
        given()
            .spec(Api.asAdmin(base))
            .get("/api/business-calendar/holidays?year=2027")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("date");
    dates.forEach(
        d ->
            given()
                .spec(Api.asAdmin(base))
                .delete("/api/business-calendar/holidays/" + d)
                .then()
                .statusCode(204));
  }

  private int smsHoursThroughTheApi() {
    return given()
        .spec(Api.withRole(base, "AGENT"))
        .get("/api/response-standards")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("find { it.channel == 'SMS' }.hours");
  }

  @Test
  void a_manager_changes_a_standard_and_adds_japans_holidays_and_an_agent_may_not() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      createUser(d, base, MANAGER, "基準 管理者", "マネージャー", PASSWORD);
      createUser(d, base, AGENT, "基準 担当", "エージェント", PASSWORD);
      signOut(d);

      signIn(browser, base, MANAGER, PASSWORD);
      click(d, By.id("navResponseStandards"));
      waitFor(d, By.id("standards:table"));
      assertThat(d.getTitle()).contains("応答基準と営業カレンダー");
      assertThat(text(d, "preview")).contains("いま電話を受けた場合の返答期限", "18:00", "Asia/Tokyo");
      assertThat(text(d, "standards:table")).contains("当営業日中", "返答不要", "経過時間");

      int sms = rowOf(d, "SMS");
      String hours = "standards:table:" + sms + ":hours";
      assertThat(d.findElement(By.id(hours)).getAttribute("value")).isEqualTo("2");
      type(d, hours, "0");
      click(d, By.id("standards:save"));
      waitForText(d, nextMessage(hours), "時間は 1 から 8760 までの整数");
      assertThat(smsHoursThroughTheApi()).isEqualTo(2);

      type(d, hours, "3");
      d.findElement(By.id(hours)).sendKeys(Keys.ENTER);
      waitForText(d, By.id("growl_container"), "応答基準を保存しました");
      assertThat(smsHoursThroughTheApi()).isEqualTo(3);
      browser.open(base, PAGE);
      waitFor(d, By.id("standards:table"));
      assertThat(d.findElement(By.id(hours)).getAttribute("value")).isEqualTo("3");

      WebElement year = d.findElement(By.id("holidays:year_input"));
      year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2027", Keys.TAB);
      waitForText(d, By.id("holidays:addJapan"), "2027 年の日本の祝日を追加");
      waitForText(d, By.id("holidays:table"), "この年の休業日はまだありません");
      click(d, By.id("holidays:addJapan"));
      waitForText(d, By.id("growl_container"), "2027 年の日本の祝日を 17 日追加しました");
      assertThat(text(d, "holidays"))
          .contains("休業日 17 日", "2027-03-22", "振替休日", "2027-09-20", "敬老の日");
      wholePage(browser, "response-standards-ja");

      click(d, By.id("holidays:addJapan"));
      waitForText(d, By.id("growl_container"), "2027 年の日本の祝日を 0 日追加しました");
      assertThat(text(d, "holidays")).contains("休業日 17 日");

      type(d, "addHoliday:name", "創立記念日");
      d.findElement(By.id("addHoliday:date_input")).sendKeys("2027-03-22");
      click(d, By.id("addHoliday:add"));
      waitForText(d, nextMessage("addHoliday:date_input"), "この日付はすでに休業日です");

      click(d, By.id("userbar:en"));
      waitForText(d, By.tagName("h1"), "Response standards and business calendar");
      assertThat(text(d, "standards:table"))
          .contains("Same business day", "No answer needed", "Elapsed hours");
      assertThat(text(d, "preview")).contains("A phone call received now would be due at");
      wholePage(browser, "response-standards-en");
      signOut(d);

      signIn(browser, base, AGENT, PASSWORD);
      assertThat(d.findElements(By.id("navResponseStandards"))).isEmpty();
      browser.open(base, PAGE);
      assertThat(d.findElements(By.id("standards:table"))).isEmpty();
      assertThat(d.findElement(By.tagName("body")).getText())
          .containsAnyOf("このページを表示する権限がありません", "You may not open this page");
    }
  }

  private static int rowOf(WebDriver d, String channel) {
    String label = channel.equals("SMS") ? "SMS" : channel;
    List<WebElement> rows = d.findElements(By.cssSelector("#standards\\:table_data > tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).findElement(By.tagName("td")).getText().strip().equals(label)) {
        return i;
      }
    }
    throw new AssertionError("No row for " + channel);
  }
}
