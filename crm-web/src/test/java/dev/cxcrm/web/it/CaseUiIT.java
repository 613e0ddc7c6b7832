package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cases in a real browser: an agent opens a case from the customer page with the customer's e-mail
 * and the answer to it, is told to choose a root cause when resolving without one, resolves it, and
 * sees it resolved at first contact, in Japanese and English, and reopens it (never FCR again); a
 * manager reads the figures and the root-cause catalogue, which agents may not open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseUiIT {
  private static final String RUN = Long.toString(System.nanoTime(), 36);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void an_agent_opens_a_case_from_the_customer_page_and_resolves_it_at_first_contact()
      throws SQLException {
    String agent = "caseagent" + RUN;
    String password = "case-Agent-2026";
    long customer = customer("ケース 花子 " + RUN);
    Instant t = Instant.now().minus(Duration.ofHours(2));
    long mail = CaseTestData.interaction(customer, "EMAIL", "INBOUND", t);
    long answer = CaseTestData.interaction(customer, "EMAIL", "OUTBOUND", t.plusSeconds(900));

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      newUser(browser, base, agent, "木村 ケース", "エージェント", password);

      signIn(browser, base, agent, password);
      // The page rules see the path the container maps: an escaped letter opens no admin page.
      assertThat(statusOf(d, "/admin/users.xhtml")).isEqualTo(403);
      assertThat(statusOf(d, "/%61dmin/users.xhtml")).isEqualTo(403);
      assertThat(statusOf(d, "/x/..;/admin/users.xhtml")).isIn(400, 403, 404);
      browser.open(base, "/customer.xhtml?id=" + customer);
      waitForText(d, By.id("casesHead"), "ケース");
      assertThat(text(d, "customerCases")).contains("この顧客のケースはありません");
      click(d, By.id("newCaseToggle"));
      waitFor(d, By.id("newCase:subject"));
      type(d, "newCase:subject", "注文した商品が届かない");
      choose(d, "newCase:type", "苦情");
      assertThat(text(d, "newCase:owner_label")).isEqualTo("木村 ケース");
      checkInteraction(d, mail);
      checkInteraction(d, answer);
      wholePage(browser, "case-new-on-customer-page");
      click(d, By.id("newCase:openCase"));

      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/case.xhtml?id="));
      assertThat(text(d, "caseSubject")).isEqualTo("注文した商品が届かない");
      assertThat(text(d, "status")).isEqualTo("未着手");
      assertThat(text(d, "owner")).isEqualTo("木村 ケース");
      assertThat(text(d, "channel")).isEqualTo("メール");
      assertThat(text(d, "fcr")).startsWith("—");
      assertThat(text(d, "interactions:table")).contains("受信", "送信", "問い合わせ EMAIL");

      click(d, By.id("actions:resolve"));
      waitFor(d, By.id("resolve:resolution"));
      type(d, "resolve:resolution", "配送業者に確認し、翌日に再配達しました");
      click(d, By.id("resolve:confirm"));
      waitFor(d, nextMessage("resolve:rootCauseId"));
      assertThat(d.findElement(nextMessage("resolve:rootCauseId")).getText())
          .contains("根本原因を選んでください");
      assertThat(text(d, "status")).isEqualTo("未着手");
      choose(d, "resolve:rootCauseId", "外部要因（配送業者・天候など）");
      wholePage(browser, "case-resolve-dialog");
      click(d, By.id("resolve:confirm"));

      waitForText(d, By.id("status"), "解決済み");
      assertThat(text(d, "fcr")).startsWith("一次解決");
      assertThat(text(d, "rootCause")).isEqualTo("外部要因（配送業者・天候など）");
      assertThat(text(d, "resolution")).isEqualTo("配送業者に確認し、翌日に再配達しました");
      assertThat(d.findElements(By.id("actions:reopen"))).hasSize(1);
      wholePage(browser, "case-resolved-ja");

      browser.open(base, "/customer.xhtml?id=" + customer);
      waitForText(d, By.id("customerCases"), "解決済み");
      assertThat(text(d, "customerCases")).contains("注文した商品が届かない", "一次解決");

      browser.open(base, "/cases.xhtml");
      waitForText(d, By.id("list:cases"), "注文した商品が届かない");
      assertThat(text(d, "list:cases")).contains("ケース 花子", "苦情", "解決済み");
      wholePage(browser, "cases-list-agent");

      // Figures and the catalogue are for managers.
      browser.open(base, "/interactions/case-rates.xhtml");
      assertThat(d.findElement(By.tagName("body")).getText()).doesNotContain("一次解決率");

      browser.open(base, "/cases.xhtml");
      waitFor(d, By.id("userbar:en"));
      click(d, By.id("userbar:en"));
      waitForText(d, By.tagName("h1"), "Cases");
      browser.open(base, "/customer.xhtml?id=" + customer);
      waitForText(d, By.id("customerCases"), "Resolved");
      click(d, By.id("customerCases:0:openCase"));
      waitForText(d, By.id("status"), "Resolved");
      String page = d.findElement(By.tagName("body")).getText();
      assertThat(page)
          .contains("First-contact resolution", "FCR", "External cause", "Root cause", "Inbound")
          .doesNotContain("???")
          .doesNotContain("case.");
      wholePage(browser, "case-resolved-en");

      click(d, By.id("actions:reopen"));
      waitForText(d, By.id("status"), "Open");
      assertThat(text(d, "reopenCount")).isEqualTo("1");
      assertThat(text(d, "fcr")).startsWith("Not FCR");
      assertThat(d.findElements(By.id("actions:resolve"))).hasSize(1);
    }
  }

  @Test
  void a_manager_reads_resolution_and_fcr_rates_and_keeps_the_root_cause_catalogue() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());

      browser.open(base, "/interactions/case-rates.xhtml");
      waitFor(d, By.id("totalResolution"));
      assertThat(text(d, "totalResolution")).matches("\\d+\\.\\d %|—");
      assertThat(text(d, "totalResolutionSample")).matches("\\d+ / \\d+");
      assertThat(d.findElement(By.tagName("body")).getText())
          .contains("解決率", "一次解決率", "月別", "チャネル別", "担当者別")
          .doesNotContain("???");
      assertThat(d.findElements(By.cssSelector("svg.crm-chart rect.crm-bar-resolution")))
          .hasSize(6);
      wholePage(browser, "case-rates-ja");

      browser.open(base, "/admin/root-causes.xhtml");
      waitFor(d, By.id("rootCause:nameJa"));
      choose(d, "rootCause:category", "スタッフ");
      type(d, "rootCause:nameJa", "");
      type(d, "rootCause:nameEn", "Shift gap " + RUN);
      click(d, By.id("rootCause:save"));
      waitFor(d, nextMessage("rootCause:nameJa"));
      assertThat(d.findElement(nextMessage("rootCause:nameJa")).getText()).contains("入力してください");
      type(d, "rootCause:nameJa", "シフトの穴 " + RUN);
      click(d, By.id("rootCause:save"));
      waitForText(d, By.id("list:entries"), "シフトの穴 " + RUN);
      assertThat(text(d, "list:entries")).contains("Shift gap " + RUN, "説明・案内の不足");
      wholePage(browser, "root-causes-ja");
    }
  }

  private long customer(String name) {
    return given()
        .spec(Api.withRole(base, "MANAGER"))
        .body(
            "{\"kind\":\"PERSON\",\"name\":\""
                + name
                + "\",\"relationshipType\":\"PERSONAL_ASSISTANCE\",\"lifecycle\":\"ACTIVE\","
                + "\"customerSince\":\"2024-04-01\"}")
        .post("/api/customers")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Ticks the interaction in the new-case form, as a user does, by its label. */
  private static void checkInteraction(WebDriver d, long id) {
    WebElement input =
        d.findElement(
            By.xpath(
                "//*[@id='newCase:interactionIds']//input[@type='checkbox'][@value='" + id + "']"));
    WebElement label =
        d.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
    label.click();
    new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> input.isSelected());
  }

  /** The status of a GET of {@code path} with the browser's session, the address sent as is. */
  private int statusOf(WebDriver d, String path) {
    String cookies =
        d.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.root(base) + path))
                  .header("Cookie", cookies)
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
