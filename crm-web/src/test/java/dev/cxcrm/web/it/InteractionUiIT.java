package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import jakarta.json.Json;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser scenario: an agent logs an inbound e-mail on a customer page, sees it in the
 * due queue, answers it, and sees it leave the queue with the response time recorded. And the
 * compliance page, which managers see and agents do not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InteractionUiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String AGENT = "ag" + RUN;
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @AfterAll
  static void forgetTheSignIns() throws SQLException {
    TestDatabase.forgetFailedSignIns(AGENT);
  }

  @Test
  void an_agent_logs_an_inbound_email_sees_it_due_answers_it_and_it_leaves_the_queue()
      throws SQLException {
    InteractionTestData.agentUser(AGENT, "対応 担当" + RUN);
    String customerName = "納期 問合せ" + RUN;
    long customer = customer(customerName);
    try (Browser browser = Browser.open()) {
      try {
        logAnswerAndLeaveTheQueue(browser, customer, customerName);
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "interaction-scenario-failed");
        throw e;
      }
    }
  }

  private void logAnswerAndLeaveTheQueue(Browser browser, long customer, String customerName) {
    {
      WebDriver d = browser.driver();
      signIn(browser, base, AGENT, Api.adminPassword());
      browser.open(base, "/customer.xhtml?id=" + customer);
      waitFor(d, By.id("quickLog:subject"));
      assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("quickLog:subject");
      // Defaults: the customer's preferred channel, inbound, awaiting an answer.
      assertThat(text(d, "quickLog:channel_label")).isEqualTo("メール");
      assertThat(chosen(d, "quickLog:direction")).isEqualTo("受信（顧客から）");
      assertThat(d.findElement(By.id("quickLog:awaitsAnswer_input")).isSelected()).isTrue();

      // A time in the future is refused next to the field, and nothing is logged.
      date(d, "quickLog:occurredAt", LocalDateTime.now(TOKYO).plusDays(2));
      type(d, "quickLog:subject", "納期の確認");
      d.findElement(By.id("quickLog:subject")).sendKeys(Keys.ENTER);
      waitForText(d, nextMessage("quickLog:occurredAt"), "分以上先の日時は指定できません");
      assertThat(d.findElement(By.id("timeline")).getText()).contains("まだ記録がありません");

      // Received two hours ago; Enter logs it.
      date(d, "quickLog:occurredAt", LocalDateTime.now(TOKYO).minusHours(2));
      choose(d, "quickLog:touchpointId", "サポート");
      type(d, "quickLog:summary", "注文した部品の納期を教えてください。");
      type(d, "quickLog:subject", "納期の確認");
      d.findElement(By.id("quickLog:subject")).sendKeys(Keys.ENTER);
      waitForText(d, By.id("growl_container"), "回答期限は");
      waitForText(d, By.id("timeline"), "納期の確認");
      assertThat(d.findElement(By.id("timeline")).getText()).contains("回答期限", "あと", "メール", "サポート");
      wholePage(browser, "interaction-logged-on-customer-page");

      // An outbound contact answers the oldest open contact by default; a proactive one names
      // nothing and answers nothing.
      pick(d, "quickLog:direction", "発信（当社から）");
      waitFor(d, By.id("quickLog:replyTo_label"));
      assertThat(chosen(d, "quickLog:purpose")).isEqualTo("回答（お問い合わせへの対応）");
      assertThat(text(d, "quickLog:replyTo_label")).contains("納期の確認");
      wholePage(browser, "interaction-outbound-answers-the-oldest");
      pick(d, "quickLog:purpose", "働きかけ（案内・フォロー・お礼など）");
      patiently(d).until(x -> x.findElements(By.id("quickLog:replyTo_label")).isEmpty());
      type(d, "quickLog:subject", "新製品のご案内");
      click(d, By.id("quickLog:log"));
      waitForText(d, By.id("timeline"), "新製品のご案内");
      assertThat(d.findElement(By.id("timeline")).getText())
          .contains("回答期限")
          .doesNotContain("回答済み");

      click(d, By.id("navDue"));
      waitFor(d, By.id("due:items"));
      WebElement row = dueRow(d, customerName);
      assertThat(row.getText()).contains("納期の確認", "メール", "あと");
      wholePage(browser, "interaction-due-queue-mine");

      row.findElement(By.linkText(customerName)).click();
      waitFor(d, By.id("quickLog:subject"));
      click(d, By.cssSelector("#timeline button[id$=':answer']"));
      waitFor(d, By.id("quickLog:replyTo_label"));
      assertThat(text(d, "quickLog:replyTo_label")).contains("納期の確認");
      assertThat(chosen(d, "quickLog:direction")).isEqualTo("発信（当社から）");
      assertThat(chosen(d, "quickLog:purpose")).isEqualTo("回答（お問い合わせへの対応）");
      assertThat(d.findElement(By.id("quickLog:subject")).getAttribute("value"))
          .isEqualTo("Re: 納期の確認");
      type(d, "quickLog:summary", "来週火曜日に出荷予定です。");
      click(d, By.id("quickLog:log"));
      waitForText(d, By.id("timeline"), "回答済み");
      assertThat(d.findElement(By.id("timeline")).getText()).contains("応答時間 2時間");
      wholePage(browser, "interaction-answered-on-customer-page");

      click(d, By.id("navDue"));
      waitFor(d, By.id("due:items"));
      assertThat(d.findElement(By.id("due:items")).getText()).doesNotContain(customerName);
      wholePage(browser, "interaction-due-queue-after-answer");

      assertThat(d.findElements(By.id("navCompliance"))).isEmpty();
      browser.open(base, "/interactions/compliance.xhtml");
      assertThat(d.findElements(By.id("figures"))).isEmpty();
    }
  }

  @Test
  void what_the_customer_said_is_recorded_on_its_page_beside_its_latest_scores_and_timeline() {
    // Owned by the signed-in administrator: the follow-up lands in its own queue.
    long customer = customer("声 記録" + RUN, Api.ADMIN_USER);
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      try {
        signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
        browser.open(base, "/customer.xhtml?id=" + customer);
        waitFor(d, By.id("feedbackForm:record"));
        assertThat(text(d, "npsScore")).contains("NPS", "未回答");
        assertThat(text(d, "cesScore")).contains("未回答");

        // Nothing said: refused next to the text, nothing recorded.
        click(d, By.id("feedbackForm:record"));
        waitForText(d, nextMessage("feedbackForm:text"), "いずれかを入力してください");

        choose(d, "feedbackForm:kind", "アンケート回答");
        choose(d, "feedbackForm:nps", "3");
        choose(d, "feedbackForm:csat", "2");
        type(d, "feedbackForm:text", "配送が遅く、連絡もなかった。");
        type(d, "feedbackForm:themes", "配送、連絡");
        click(d, By.id("feedbackForm:record"));
        waitForText(d, By.id("growl_container"), "お客様の声を記録しました");
        waitForText(d, By.id("npsScore"), "批判者");
        assertThat(text(d, "npsScore")).contains("3");
        assertThat(text(d, "csatScore")).contains("2 / 5");
        assertThat(text(d, "cesScore")).contains("未回答");
        waitForText(d, By.id("timeline"), "配送が遅く");
        assertThat(d.findElement(By.id("timeline")).getText())
            .contains("お客様の声", "アンケート回答", "NPS 3", "CSAT 2/5");
        wholePage(browser, "feedback-recorded-on-customer-page");

        // The detractor answer opened a follow-up for the customer's owner; it is closed on the
        // due queue with what was done and how it ended.
        click(d, By.id("navDue"));
        By row = By.xpath("//tr[.//a[text()='声 記録" + RUN + "']]");
        waitFor(d, row);
        assertThat(d.findElement(row).getText()).contains("NPS 3", "配送が遅く");
        assertThat(text(d, "recovery")).contains("回復率", "n=");
        click(
            d, By.xpath("//tr[.//a[text()='声 記録" + RUN + "']]//button[contains(@id, ':choose')]"));
        waitFor(d, By.id("followUp:action"));
        click(d, By.id("followUp:close"));
        waitForText(d, nextMessage("followUp:action"), "入力してください");
        type(d, "followUp:action", "お電話でお詫びし、配送状況をご説明した。");
        type(d, "followUp:outcome", "ご納得いただいた");
        wholePage(browser, "feedback-follow-up-form");
        click(d, By.id("followUp:close"));
        waitForText(d, By.id("growl_container"), "完了として記録しました");
        patiently(d).until(x -> x.findElements(row).isEmpty());
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "feedback-ui-failed");
        throw e;
      }
    }
  }

  @Test
  void a_manager_sees_compliance_per_channel_agent_and_week_with_sample_sizes() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      // The language is the user's setting and outlives the session: start (and end) in Japanese.
      inJapanese(d);
      click(d, By.id("navCompliance"));
      waitFor(d, By.id("figures"));
      assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("応答基準の遵守");
      assertThat(d.findElement(By.id("channels")).getText()).contains("期限内率", "中央値", "p90");
      wholePage(browser, "interaction-compliance");
      click(d, By.id("userbar:en"));
      waitForText(d, By.tagName("h1"), "Response-time compliance");
      assertThat(d.findElement(By.id("channels")).getText()).contains("In time", "Median response");
      wholePage(browser, "interaction-compliance-en");
      inJapanese(d);
    }
  }

  private static void inJapanese(WebDriver d) {
    if (!"ja".equals(d.findElement(By.tagName("html")).getAttribute("lang"))) {
      click(d, By.id("userbar:ja"));
      waitForText(d, By.id("navCustomers"), "顧客");
    }
  }

  private long customer(String name) {
    return customer(name, null);
  }

  private long customer(String name, String owner) {
    var body =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", name)
            .add("relationshipType", "PERSONAL_ASSISTANCE")
            .add("lifecycle", "ACTIVE")
            .add("customerSince", "2024-04-01")
            .add("preferredChannel", "EMAIL");
    if (owner != null) {
      body.add("owner", owner);
    }
    Response r =
        given()
            .spec(Api.withRole(base, "MANAGER"))
            .body(body.build().toString())
            .post("/api/customers");
    r.then().statusCode(201);
    return r.jsonPath().getLong("id");
  }

  /** The due queue's row of the customer, paging on with "more" until it shows. */
  private static WebElement dueRow(WebDriver d, String customerName) {
    By row = By.xpath("//*[@id='due:items_data']/tr[.//a[text()='" + customerName + "']]");
    for (int i = 0; i < 20 && d.findElements(row).isEmpty(); i++) {
      if (d.findElements(By.id("due:more")).isEmpty()) {
        break;
      }
      click(d, By.id("due:more"));
      ajaxDone(d);
    }
    return d.findElement(row);
  }

  /** Types a time into the time field over what it held. */
  private static void date(WebDriver d, String inputId, LocalDateTime at) {
    WebElement e = d.findElement(By.id(inputId));
    e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    e.sendKeys(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(
            x ->
                x.findElement(By.id(inputId))
                    .getAttribute("value")
                    .startsWith(at.toLocalDate().toString()));
  }
}
