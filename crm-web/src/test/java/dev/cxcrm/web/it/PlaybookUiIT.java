package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import jakarta.json.Json;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * The agent's day in a browser: a dedicated customer's playbook steps are on the agent's page,
 * marked proactive beside the reactive answers; a step skipped without a reason is refused next to
 * the field; a step done leaves the page and stands on the customer's timeline as a proactive
 * contact.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlaybookUiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String AGENT = "pu" + RUN;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void an_agent_does_and_skips_the_days_proactive_steps() throws SQLException {
    InteractionTestData.agentUser(AGENT, "働きかけ 担当" + RUN);
    String name = "専任 顧客" + RUN;
    long customer = dedicatedCustomer(name);
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      try {
        signIn(browser, base, AGENT, Api.adminPassword());
        click(d, By.id("navDay"));
        waitFor(d, By.id("todo:tasks"));
        assertThat(text(d, "todoHead")).contains("働きかけ");
        assertThat(text(d, "answersHead")).contains("回答");
        By greeting = taskRow(name, "お誕生日のご挨拶");
        By checkIn = taskRow(name, "四半期のご様子伺い");
        assertThat(d.findElement(greeting).getText())
            .contains("今日", "メール", AGENT, "連絡可 10:00–17:00");
        assertThat(d.findElement(checkIn).getText()).contains("今日");
        wholePage(browser, "playbook-my-day");

        // Skipping needs a reason, said next to the field.
        click(d, By.xpath(xpath(greeting) + "//button[contains(@id, ':choose')]"));
        waitFor(d, By.id("task:reason"));
        click(d, By.id("task:skip"));
        waitForText(d, nextMessage("task:reason"), "入力してください");
        type(d, "task:reason", "ご家族の不幸があったため今年は控える");
        click(d, By.id("task:skip"));
        waitForText(d, By.id("growl_container"), "見送りました");
        settled(d);
        assertThat(d.findElements(greeting)).isEmpty();

        // Done: the contact is recorded and the step leaves the day.
        click(d, By.xpath(xpath(checkIn) + "//button[contains(@id, ':choose')]"));
        waitFor(d, By.id("task:outcome"));
        type(d, "task:outcome", "順調、追加のご相談なし");
        type(d, "task:summary", "電話で近況を伺った。");
        wholePage(browser, "playbook-task-form");
        click(d, By.id("task:done"));
        waitForText(d, By.id("growl_container"), "完了として記録しました");
        settled(d);
        assertThat(d.findElements(checkIn)).isEmpty();

        browser.open(base, "/customer.xhtml?id=" + customer);
        waitForText(d, By.id("timeline"), "四半期のご様子伺い");
        assertThat(d.findElement(By.id("timeline")).getText()).contains("働きかけ", "順調、追加のご相談なし");
        assertThat(text(d, "nextStepHead")).contains("次の働きかけ");
        assertThat(text(d, "contactHours")).isEqualTo("10:00–17:00");
        wholePage(browser, "playbook-customer-after");
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "playbook-ui-failed");
        throw e;
      }
    }
  }

  @Test
  void a_manager_adds_a_step_to_a_playbook_and_retires_it() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      try {
        signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
        click(d, By.id("navPlaybooks"));
        waitFor(d, By.id("list"));
        assertThat(d.findElement(By.id("list")).getText())
            .contains("四半期のご様子伺い", "3か月ごと", "お誕生日のご挨拶", "7日前");
        By addToCommunity =
            By.xpath("//section[.//h2[text()='コミュニティ']]//button[contains(@id, ':add')]");
        click(d, addToCommunity);
        waitForText(d, By.id("stepHead"), "コミュニティ");
        type(d, "step:nameJa", "ボランティア募集 " + RUN);
        type(d, "step:amount", "12");
        click(d, By.id("step:save"));
        waitForText(d, nextMessage("step:nameEn"), "入力してください");
        type(d, "step:nameEn", "Volunteer call " + RUN);
        click(d, By.id("step:save"));
        waitForText(d, By.id("growl_container"), "保存しました");
        waitForText(d, By.id("list"), "ボランティア募集 " + RUN);
        wholePage(browser, "playbook-admin");

        By row = By.xpath("//tr[contains(., 'ボランティア募集 " + RUN + "')]");
        click(d, By.xpath(xpath(row) + "//button[contains(@id, ':edit')]"));
        waitForText(d, By.id("stepHead"), "手順を編集");
        click(d, By.xpath("//*[@id='step:active']//div[contains(@class, 'ui-chkbox-box')]"));
        click(d, By.id("step:save"));
        waitForText(d, By.id("growl_container"), "保存しました");
        settled(d);
        assertThat(d.findElement(row).getText()).contains("停止", "12か月ごと");

        // The figures of proactive work, with their sample sizes.
        click(d, By.id("navProactive"));
        waitFor(d, By.id("totalShare"));
        assertThat(d.findElement(By.id("figures")).getText())
            .contains("働きかけの比率", "プレイブック達成率", "n=", "関係タイプ別", "担当者別");
        wholePage(browser, "playbook-figures");
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "playbook-admin-failed");
        throw e;
      }
    }
  }

  private static By taskRow(String customer, String step) {
    return By.xpath(
        "//*[@id='todo:tasks_data']/tr[.//a[text()='"
            + customer
            + "'] and contains(., '"
            + step
            + "')]");
  }

  private static String xpath(By by) {
    return by.toString().substring("By.xpath: ".length());
  }

  /**
   * A dedicated customer of the agent: its quarterly check-in and a birthday greeting are due
   * today.
   */
  private long dedicatedCustomer(String name) {
    Response r =
        given()
            .spec(Api.withRole(base, "MANAGER"))
            .body(
                Json.createObjectBuilder()
                    .add("kind", "PERSON")
                    .add("name", name)
                    .add("relationshipType", "DEDICATED_PERSONAL_ASSISTANCE")
                    .add("owner", AGENT)
                    .add("lifecycle", "ACTIVE")
                    .add("customerSince", TODAY.minusMonths(3).toString())
                    .add("preferredChannel", "EMAIL")
                    .add("consent", Json.createObjectBuilder().add("email", true))
                    .add("contactFrom", "10:00")
                    .add("contactUntil", "17:00")
                    .add(
                        "importantDates",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("kind", "BIRTHDAY")
                                    .add("date", TODAY.plusDays(3).withYear(1979).toString())))
                    .build()
                    .toString())
            .post("/api/customers");
    r.then().statusCode(201);
    return r.jsonPath().getLong("id");
  }
}
