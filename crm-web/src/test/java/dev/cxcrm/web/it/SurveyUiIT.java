package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * Surveys in a browser: a customer answers through a personal link on a phone-sized window (saves
 * part way, comes back, sends) and is refused kindly the second time; a manager invites a customer
 * from the customer page (the link shown once, the invitation listed) and sets the survey that a
 * resolved case sends, and records an interview held with a survey as the script.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyUiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void a_customer_answers_on_a_phone_and_is_refused_kindly_the_second_time() {
    long survey = survey("電話 " + RUN);
    long customer = customer("回答 電話" + RUN);
    String link =
        given()
            .spec(Api.withRole(base, "MANAGER"))
            .body(
                Json.createObjectBuilder()
                    .add("surveyId", survey)
                    .add("customerId", customer)
                    .add("channel", "LINK")
                    .build()
                    .toString())
            .post("/api/survey-invitations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("link");
    String path = link.substring(link.indexOf("/s/"));
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      d.manage().window().setSize(new Dimension(390, 844));
      try {
        browser.open(base, path);
        waitFor(d, By.id("answer:send"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("ご利用についてのアンケート");
        wholePage(browser, "survey-phone-open");

        // Sending without the required score is refused next to the question, nothing kept.
        type(d, "answer:questions:1:text", "説明がわかりやすかった");
        click(d, By.id("answer:send"));
        waitFor(d, By.className("svy-error"));
        assertThat(d.findElement(By.className("svy-error")).getText()).contains("お答えください");
        wholePage(browser, "survey-phone-refused");

        // Part way: saved, and the same link brings it back.
        click(d, By.id("answer:questions:0:score:9"));
        click(d, By.id("answer:save"));
        waitForText(d, By.id("notice"), "保存しました");
        browser.open(base, path);
        waitFor(d, By.id("answer:send"));
        assertThat(d.findElement(By.id("answer:questions:1:text")).getAttribute("value"))
            .isEqualTo("説明がわかりやすかった");
        assertThat(
                d.findElement(
                        By.xpath("//fieldset[.//legend[contains(., 'おすすめ')]]//input[@value='9']"))
                    .isSelected())
            .isTrue();

        click(d, By.id("answer:send"));
        waitForText(d, By.id("closed"), "ご回答ありがとうございました");
        wholePage(browser, "survey-phone-thanks");

        // The second time: the kind page again, no form.
        browser.open(base, path);
        waitForText(d, By.id("closed"), "一度だけ");
        assertThat(d.findElements(By.id("answer:send"))).isEmpty();
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "survey-phone-failed");
        throw e;
      }
    }
    assertThat(
            given()
                .spec(Api.withRole(base, "MANAGER"))
                .queryParam("customerId", customer)
                .get("/api/feedback")
                .jsonPath()
                .getList("items.scores.nps"))
        .containsExactly(9);
  }

  @Test
  void a_manager_invites_from_the_customer_page_and_sets_the_survey_a_resolved_case_sends() {
    survey("手動 " + RUN);
    String name = "招待 顧客" + RUN;
    long customer = customer(name);
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      try {
        signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
        browser.open(base, "/customer.xhtml?id=" + customer);
        waitFor(d, By.id("surveyInvite:invite"));
        choose(d, "surveyInvite:survey", "手動 " + RUN);
        click(d, By.xpath("//*[@id='surveyInvite:channel']//label[normalize-space()='リンク']"));
        click(d, By.id("surveyInvite:invite"));
        waitFor(d, By.id("surveyInvite:link"));
        assertThat(d.findElement(By.id("surveyInvite:link")).getAttribute("value"))
            .matches("https?://.*/s/[A-Za-z0-9_-]{43}");
        waitForText(d, By.id("surveyInvite:invitations"), "手動 " + RUN);
        assertThat(d.findElement(By.id("surveyInvite:invitations")).getText())
            .contains("リンク", "手動", "送信済み");
        wholePage(browser, "survey-customer-invite");

        // An interview over the phone: the script's questions, a refused answer, then recorded.
        click(d, By.id("surveyInvite:interview"));
        waitFor(d, By.id("surveyInvite:recordInterview"));
        type(d, "surveyInvite:questions:1:text", "電話で伺いました");
        click(d, By.id("surveyInvite:recordInterview"));
        waitFor(d, By.className("svy-error"));
        assertThat(d.findElement(By.className("svy-error")).getText()).contains("お答えください");
        wholePage(browser, "survey-interview-refused");
        click(d, By.id("surveyInvite:questions:0:score:3"));
        click(d, By.id("surveyInvite:recordInterview"));
        waitForText(d, By.id("growl_container"), "インタビューを記録しました");
        waitForText(d, By.id("surveyInvite:invitations"), "インタビュー");
        assertThat(d.findElements(By.id("surveyInvite:recordInterview"))).isEmpty();
        waitForText(d, By.id("npsScore"), "3");
        wholePage(browser, "survey-interview-recorded");

        click(d, By.id("navSurveys"));
        waitFor(d, By.id("automations:save"));
        choose(d, "automations:triggers:0:survey", "手動 " + RUN);
        click(d, By.id("automations:save"));
        waitForText(d, By.id("growl_container"), "保存しました");
        wholePage(browser, "survey-admin-delivery");
      } catch (RuntimeException | AssertionError e) {
        wholePage(browser, "survey-admin-failed");
        throw e;
      }
    }
    assertThat(
            given()
                .spec(Api.withRole(base, "AGENT"))
                .get("/api/survey-automations")
                .jsonPath()
                .getString("items.find { it.trigger == 'CASE_RESOLVED' }.surveyId"))
        .isNotNull();
    assertThat(
            given()
                .spec(Api.withRole(base, "MANAGER"))
                .queryParam("customerId", customer)
                .get("/api/feedback")
                .jsonPath()
                .getList("items.kind"))
        .containsExactly("INTERVIEW");
  }

  private long survey(String name) {
    return Api.created(
        base,
        "/api/surveys",
        Json.createObjectBuilder()
            .add("name", name)
            .add("titleJa", "ご利用についてのアンケート")
            .add("titleEn", "About your visit")
            .add("recontactDays", 0)
            .add(
                "questions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("kind", "NPS")
                            .add("ja", "当社をおすすめしますか")
                            .add("en", "Would you recommend us?")
                            .add("required", true))
                    .add(
                        Json.createObjectBuilder()
                            .add("kind", "TEXT")
                            .add("ja", "理由をお聞かせください")
                            .add("en", "Why?"))));
  }

  private long customer(String name) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", name)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", "ACTIVE")
            .add("consent", Json.createObjectBuilder().add("survey", true));
    return Api.created(base, "/api/customers", body);
  }
}
