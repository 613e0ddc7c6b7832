package dev.cxcrm.web.it;

import static dev.cxcrm.web.it.Ui.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer pages as a relationship manager uses them, in a real browser: sign in, create a
 * customer with a Japanese name, find it by its kana reading, open it, change it, see the change,
 * get refused with the message next to the field, and read the pages in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  /**
   * Its wrong current passwords are counted by the throttle, which {@link #forgetTheGuesses}
   * clears.
   */
  private static final String PASSWORD_USER = "pw" + System.nanoTime();

  @ArquillianResource URL base;

  /** The guesses made here must not lock later runs out (see TestDatabase). */
  @AfterAll
  static void forgetTheGuesses() throws SQLException {
    TestDatabase.forgetFailedSignIns(PASSWORD_USER);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_customer_created_with_a_japanese_name_is_found_by_kana_opened_and_changed() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());

      browser.open(base, "/customer-edit.xhtml");
      waitFor(d, By.id("edit:name"));
      assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("edit:name");
      type(d, "edit:name", "鈴森 花子");
      type(d, "edit:nameKana", "すずもり はなこ");
      type(d, "edit:email", "hanako.suzumori@example.jp");
      type(d, "edit:phone", "03-1234-5678");
      click(d, By.id("edit:save"));
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/customer.xhtml?id="));
      String id = d.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
      assertThat(text(d, "customerName")).isEqualTo("鈴森 花子");
      assertThat(text(d, "customerKana")).isEqualTo("スズモリ ハナコ");
      assertThat(d.findElement(By.id("growl_container")).getText()).contains("保存しました");

      browser.open(base, "/customers.xhtml");
      type(d, "list:q", "すずもり");
      By row = By.cssSelector("#list\\:customers a[href*='id=" + id + "']");
      By otherNames = By.xpath("//*[@id='list:customers_data']/tr[not(contains(., 'スズモリ'))]");
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(15));
      wait.ignoring(StaleElementReferenceException.class)
          .until(x -> x.findElements(otherNames).isEmpty() && !x.findElements(row).isEmpty());
      assertThat(d.findElement(By.id("list:customers")).getText())
          .contains("鈴森 花子", "スズモリ ハナコ", "見込み客");
      wholePage(browser, "customers-list");

      wait.ignoring(StaleElementReferenceException.class)
          .until(
              x -> {
                x.findElement(row).click();
                return true;
              });
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("id=" + id));
      assertThat(text(d, "relationshipMeaning")).contains("手の空いている担当者");
      wholePage(browser, "customer-page");

      click(d, By.id("customer:edit"));
      waitFor(d, By.id("edit:phone"));
      WebElement phone = d.findElement(By.id("edit:phone"));
      phone.clear();
      phone.sendKeys("06-9876-5432");
      WebElement segment = d.findElement(By.id("edit:segments_input"));
      segment.sendKeys("VIP,");
      click(d, By.id("edit:save"));
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/customer.xhtml?id=" + id));
      assertThat(text(d, "phone")).isEqualTo("06-9876-5432");
      assertThat(text(d, "segments")).contains("VIP");
      assertThat(d.findElement(By.id("history")).getText())
          .contains("06-9876-5432", "03-1234-5678", "変更");
      wholePage(browser, "customer-page-changed");
    }
  }

  @Test
  void a_refused_form_shows_each_message_next_to_its_field_keeps_the_input_and_saves_nothing() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());

      browser.open(base, "/customer-edit.xhtml");
      waitFor(d, By.id("edit:name"));
      type(d, "edit:name", "未保存 太郎");
      type(d, "edit:email", "taro@");
      choose(d, "edit:relationshipType", "専任パーソナルアシスタンス");
      waitForText(d, By.id("edit:relationshipMeaning"), "専任の担当者");
      click(d, By.id("edit:save"));

      By ownerError = nextMessage("edit:owner");
      waitFor(d, ownerError);
      assertThat(d.findElement(ownerError).getText()).contains("担当者");
      assertThat(d.findElement(nextMessage("edit:email")).getText()).contains("メールアドレスの形式");
      assertThat(d.findElement(By.id("pageMessages")).getText()).contains("入力内容を確認してください（2件）");
      new WebDriverWait(d, Duration.ofSeconds(5))
          .until(x -> x.switchTo().activeElement().getAttribute("id").equals("edit:email"));
      assertThat(d.findElement(By.id("edit:name")).getAttribute("value")).isEqualTo("未保存 太郎");
      assertThat(d.findElement(By.id("edit:email")).getAttribute("value")).isEqualTo("taro@");
      assertThat(d.getCurrentUrl()).contains("/customer-edit.xhtml");
      wholePage(browser, "customer-edit-error");

      browser.open(base, "/customers.xhtml");
      type(d, "list:q", "未保存");
      waitForText(d, By.id("list:customers"), "条件に合う顧客はいません");
    }
  }

  @Test
  void a_lost_company_keeps_its_contacts_dates_and_ids_and_a_manager_can_archive_it() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      String shopId = "WS-" + System.nanoTime();

      browser.open(base, "/customer-edit.xhtml");
      waitFor(d, By.id("edit:name"));
      pick(d, "edit:kind", "法人");
      waitFor(d, By.id("edit:addContact"));
      type(d, "edit:name", "株式会社 森田商事");
      type(d, "edit:nameKana", "もりたしょうじ");
      click(d, By.id("edit:addContact"));
      waitFor(d, By.id("edit:contactsLines:0:name"));
      type(d, "edit:contactsLines:0:name", "森田 一郎");
      type(d, "edit:contactsLines:0:role", "購買部長");
      date(d, "edit:customerSince_input", "2020-04-01");
      choose(d, "edit:lifecycle", "離反");
      waitFor(d, By.id("edit:churnedOn_input"));
      date(d, "edit:churnedOn_input", "2025-03-31");
      type(d, "edit:churnReason", "競合他社に移行");
      click(d, By.id("edit:addExternalId"));
      waitFor(d, By.id("edit:externalIdsLines:0:system"));
      type(d, "edit:externalIdsLines:0:system", "webshop");
      type(d, "edit:externalIdsLines:0:externalId", shopId);
      click(d, By.id("edit:addExternalId"));
      waitFor(d, By.id("edit:externalIdsLines:1:system"));
      click(d, By.id("edit:externalIdsLines:1:remove"));
      new WebDriverWait(d, Duration.ofSeconds(10))
          .until(
              ExpectedConditions.numberOfElementsToBe(By.id("edit:externalIdsLines:1:system"), 0));
      assertThat(d.findElement(By.id("edit:externalIdsLines:0:externalId")).getAttribute("value"))
          .isEqualTo(shopId);
      click(d, By.id("edit:addImportantDate"));
      waitFor(d, By.id("edit:importantDatesLines:0:date_input"));
      choose(d, "edit:importantDatesLines:0:kind", "契約更新日");
      date(d, "edit:importantDatesLines:0:date_input", "2027-04-01");
      wholePage(browser, "customer-edit-company");
      click(d, By.id("edit:save"));

      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/customer.xhtml?id="));
      String page = d.findElement(By.tagName("body")).getText();
      assertThat(page)
          .contains(
              "株式会社 森田商事",
              "法人",
              "離反",
              "2025/03/31",
              "競合他社に移行",
              "森田 一郎",
              "購買部長",
              "webshop",
              shopId,
              "契約更新日",
              "2027/04/01",
              "記念日: — → 契約更新日 2027-04-01");
      wholePage(browser, "customer-page-company");

      click(d, By.id("customer:archive"));
      waitFor(d, By.id("customer:confirmYes"));
      click(d, By.id("customer:confirmYes"));
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/customers.xhtml"));
      waitForText(d, By.id("growl_container"), "アーカイブしました");
      type(d, "list:q", shopId);
      waitForText(d, By.id("list:customers"), "条件に合う顧客はいません");
    }
  }

  @Test
  void an_agent_cannot_choose_the_owner_becomes_owner_of_a_dedicated_customer_and_cannot_archive() {
    String agent = "agent" + System.nanoTime();
    String password = "agent-Secret-2026";
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      newUser(browser, base, agent, "山本 さくら", "エージェント", password);

      signIn(browser, base, agent, password);
      browser.open(base, "/customer-edit.xhtml");
      waitFor(d, By.id("edit:name"));
      assertThat(d.findElement(By.id("edit:owner")).getAttribute("class"))
          .contains("ui-state-disabled");
      type(d, "edit:name", "担当 次郎");
      choose(d, "edit:relationshipType", "専任パーソナルアシスタンス");
      click(d, By.id("edit:save"));

      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/customer.xhtml?id="));
      assertThat(text(d, "owner")).isEqualTo("山本 さくら");
      assertThat(d.findElements(By.id("customer:archive"))).isEmpty();
      assertThat(d.findElements(By.id("customer:edit"))).hasSize(1);
      wholePage(browser, "customer-page-agent");
    }
  }

  @Test
  void a_change_to_a_customer_someone_changed_meanwhile_is_refused_and_keeps_the_input() {
    int id =
        given()
            .spec(Api.anonymous(base))
            .header("Authorization", "Bearer " + managerKey())
            .contentType("application/json")
            .accept("application/json")
            .body(
                Json.createObjectBuilder()
                    .add("kind", "PERSON")
                    .add("name", "競合 三郎")
                    .add("relationshipType", "LONG_TERM")
                    .add("lifecycle", "ACTIVE")
                    .add("customerSince", "2023-05-01")
                    .build()
                    .toString())
            .post("/api/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      browser.open(base, "/customer-edit.xhtml?id=" + id);
      waitFor(d, By.id("edit:phone"));
      type(d, "edit:phone", "011-111-1111");
      String first = d.getWindowHandle();

      d.switchTo().newWindow(WindowType.TAB);
      browser.open(base, "/customer-edit.xhtml?id=" + id);
      waitFor(d, By.id("edit:phone"));
      type(d, "edit:phone", "022-222-2222");
      click(d, By.id("edit:save"));
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/customer.xhtml?id=" + id));
      d.close();

      d.switchTo().window(first);
      click(d, By.id("edit:save"));
      waitForText(d, By.id("pageMessages"), "他のユーザーによって更新されました");
      assertThat(d.findElement(By.id("edit:phone")).getAttribute("value"))
          .isEqualTo("011-111-1111");
      wholePage(browser, "customer-edit-stale");
    }
  }

  @Test
  void the_list_pages_forward_and_back_by_cursor() {
    String segment = "paging-" + System.nanoTime();
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (int i = 1; i <= 30; i++) {
      items.add(
          Json.createObjectBuilder()
              .add("kind", "PERSON")
              .add("name", String.format("ページ試験 %02d", i))
              .add("relationshipType", "SELF_SERVICE")
              .add("lifecycle", "ACTIVE")
              .add("customerSince", "2024-04-01")
              .add("segments", Json.createArrayBuilder().add(segment)));
    }
    given()
        .spec(Api.anonymous(base))
        .header("Authorization", "Bearer " + managerKey())
        .contentType("application/json")
        .accept("application/json")
        .body(Json.createObjectBuilder().add("items", items).build().toString())
        .post("/api/customers/bulk")
        .then()
        .statusCode(200);

    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      browser.open(base, "/customers.xhtml");
      type(d, "list:segment_input", segment);
      d.findElement(By.id("list:segment_input")).sendKeys(Keys.TAB);
      By report = By.cssSelector("#list\\:customers .ui-paginator-current");
      waitForText(d, By.id("list:customers"), "ページ試験 01");
      waitForText(d, report, "1–25");
      assertThat(d.findElements(By.cssSelector("#list\\:customers_data > tr"))).hasSize(25);

      click(d, By.cssSelector("#list\\:customers .ui-paginator-next"));
      waitForText(d, report, "26–30");
      assertThat(d.findElement(By.id("list:customers")).getText())
          .contains("ページ試験 26", "ページ試験 30")
          .doesNotContain("ページ試験 25");
      assertThat(
              d.findElement(By.cssSelector("#list\\:customers .ui-paginator-next"))
                  .getAttribute("class"))
          .contains("ui-state-disabled");
      wholePage(browser, "customers-list-page2");

      click(d, By.cssSelector("#list\\:customers .ui-paginator-prev"));
      waitForText(d, report, "1–25");
      assertThat(d.findElement(By.id("list:customers")).getText()).contains("ページ試験 01");
    }
  }

  @Test
  void the_list_keeps_search_filters_and_order_through_a_customer_back_and_a_bookmark() {
    String segment = "state-" + System.nanoTime();
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (String[] c :
        new String[][] {{"状態試験 あ", "ACTIVE"}, {"状態試験 い", "ACTIVE"}, {"状態試験 う", "PROSPECT"}}) {
      items.add(
          Json.createObjectBuilder()
              .add("kind", "PERSON")
              .add("name", c[0])
              .add("relationshipType", "SELF_SERVICE")
              .add("lifecycle", c[1])
              .add("customerSince", "2024-04-01")
              .add("segments", Json.createArrayBuilder().add(segment)));
    }
    given()
        .spec(Api.anonymous(base))
        .header("Authorization", "Bearer " + managerKey())
        .contentType("application/json")
        .accept("application/json")
        .body(Json.createObjectBuilder().add("items", items).build().toString())
        .post("/api/customers/bulk")
        .then()
        .statusCode(200);

    String bookmark;
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      browser.open(base, "/customers.xhtml");
      type(d, "list:q", "状態試験");
      // The segment filter suggests the labels in use: pick it from the list.
      suggestion(d, "list:segment", segment.substring(0, segment.length() - 3), segment);
      choose(d, "list:lifecycle", "取引中");
      choose(d, "list:sort", "フリガナ順（降順）");
      waitForFilteredList(d);
      new WebDriverWait(d, Duration.ofSeconds(10))
          .until(ExpectedConditions.urlContains("sort=NAME_DESC"));
      assertThat(d.getCurrentUrl())
          .contains("q=", "segment=" + segment, "lifecycle=ACTIVE", "sort=NAME_DESC");
      bookmark = d.getCurrentUrl().substring(d.getCurrentUrl().indexOf("/customers.xhtml"));
      wholePage(browser, "customers-list-filtered");

      click(d, By.linkText("状態試験 い"));
      waitFor(d, By.id("customerName"));
      d.navigate().back();
      waitForFilteredList(d);
      assertListState(d, segment);
      wholePage(browser, "customers-list-after-back");

      click(d, By.linkText("状態試験 あ"));
      waitFor(d, By.id("backToList"));
      click(d, By.id("backToList"));
      waitForFilteredList(d);
      assertListState(d, segment);
    }

    // The bookmark in a new browser: sign-in first, then the same list.
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.open(base, bookmark);
      waitFor(d, By.id("login:username"));
      type(d, "login:username", Api.ADMIN_USER);
      type(d, "login:password", Api.adminPassword());
      click(d, By.id("login:submit"));
      waitForFilteredList(d);
      assertListState(d, segment);
      assertThat(d.getCurrentUrl()).contains(bookmark);
    }
  }

  @Test
  void sign_in_goes_on_to_the_page_asked_for_but_never_to_another_site() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      browser.open(base, "/admin/users.xhtml?x=1");
      waitFor(d, By.id("login:username"));
      assertThat(d.getCurrentUrl()).contains("next=");
      type(d, "login:username", Api.ADMIN_USER);
      type(d, "login:password", Api.adminPassword());
      click(d, By.id("login:submit"));
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/admin/users.xhtml?x=1"));
      signOut(d);

      for (String next : new String[] {"//evil.example/x", "https://evil.example/x"}) {
        browser.open(
            base,
            "/login.xhtml?next="
                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        waitFor(d, By.id("login:username"));
        type(d, "login:username", Api.ADMIN_USER);
        type(d, "login:password", Api.adminPassword());
        click(d, By.id("login:submit"));
        waitFor(d, By.id("list:customers"));
        assertThat(d.getCurrentUrl()).startsWith(Api.root(base)).doesNotContain("evil");
        signOut(d);
      }
    }
  }

  @Test
  void the_form_suggests_segments_in_use_and_keeps_a_wrongly_typed_date_with_its_message() {
    String label = "提案-" + System.nanoTime();
    given()
        .spec(Api.anonymous(base))
        .header("Authorization", "Bearer " + managerKey())
        .contentType("application/json")
        .body(
            Json.createObjectBuilder()
                .add("kind", "PERSON")
                .add("name", "提案 元顧客")
                .add("relationshipType", "SELF_SERVICE")
                .add("lifecycle", "ACTIVE")
                .add("customerSince", "2024-04-01")
                .add("segments", Json.createArrayBuilder().add(label))
                .build()
                .toString())
        .post("/api/customers")
        .then()
        .statusCode(201);
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      browser.open(base, "/customer-edit.xhtml");
      waitFor(d, By.id("edit:name"));
      type(d, "edit:name", "提案 新顧客");
      d.findElement(By.id("edit:segments_input")).sendKeys("手入力,");
      // Keyboard only: type the start of the label, arrow down to it, Enter adds it as a chip.
      type(d, "edit:segmentSuggest_input", label.substring(0, label.length() - 2));
      By item =
          By.xpath("//*[@id='edit:segmentSuggest_panel']//li[@data-item-label='" + label + "']");
      waitFor(d, item);
      WebElement helper = d.findElement(By.id("edit:segmentSuggest_input"));
      helper.sendKeys(Keys.ARROW_DOWN);
      helper.sendKeys(Keys.ENTER);
      waitForText(d, By.id("edit:segments"), label);
      ajaxDone(d);
      assertThat(d.findElement(By.id("edit:segments")).getText()).contains("手入力");
      assertThat(d.findElement(By.id("edit:segmentSuggest_input")).getAttribute("value")).isEmpty();
      assertThat(d.switchTo().activeElement().getAttribute("id"))
          .isEqualTo("edit:segmentSuggest_input");

      date(d, "edit:customerSince_input", "2024/13/45");
      d.findElement(By.id("edit:customerSince_input")).sendKeys(Keys.TAB);
      click(d, By.id("edit:save"));
      By dateError = nextMessage("edit:customerSince_input");
      waitFor(d, dateError);
      assertThat(d.findElement(dateError).getText()).contains("「2024/13/45」は日付として読み取れません");
      assertThat(d.findElement(By.id("edit:customerSince_input")).getAttribute("value"))
          .isEqualTo("2024/13/45");
      assertThat(d.getCurrentUrl()).contains("/customer-edit.xhtml");
      wholePage(browser, "customer-edit-wrong-date");

      date(d, "edit:customerSince_input", "2024-05-01");
      click(d, By.id("edit:save"));
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(ExpectedConditions.urlContains("/customer.xhtml?id="));
      assertThat(text(d, "segments")).contains(label, "手入力");
      assertThat(d.findElement(By.tagName("body")).getText()).contains("2024/05/01");
    }
  }

  @Test
  void a_user_changes_their_own_password_and_stays_signed_in() throws SQLException {
    // Earlier wrong guesses from this address (other test classes) must not lock it mid-test.
    forgetTheGuesses();
    String user = PASSWORD_USER;
    String first = "first-Secret-2026";
    String second = "second-Secret-2026";
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      newUser(browser, base, user, "パスワード 変更", "エージェント", first);

      signIn(browser, base, user, first);
      click(d, By.id("userbar:account"));
      waitFor(d, By.id("account:currentPassword"));
      changePassword(d, "not-the-password", second, second);
      waitForText(d, nextMessage("account:currentPassword"), "現在のパスワードが正しくありません");
      // Guessing the current password is throttled like sign-in: five more wrong ones, then even
      // the right one is not checked for a while.
      for (int i = 0; i < 5; i++) {
        changePassword(d, "not-the-password-" + i, second, second);
        waitForText(d, nextMessage("account:currentPassword"), "現在のパスワードが正しくありません");
      }
      // The lock lasts two seconds: the form is filled and sent at once, not typed key by key, so
      // that a loaded machine still sends it within the lock.
      ((JavascriptExecutor) d)
          .executeScript(
              "document.getElementById('account:currentPassword').value = arguments[0];"
                  + "document.getElementById('account:newPassword').value = arguments[1];"
                  + "document.getElementById('account:repeatedPassword').value = arguments[1];"
                  + "document.getElementById('account:save').click();",
              first,
              second);
      ajaxDone(d);
      waitForText(d, nextMessage("account:currentPassword"), "秒後にもう一度");
      sleep(Duration.ofMillis(2500));

      changePassword(d, first, second, second + "x");
      waitForText(d, nextMessage("account:repeatedPassword"), "一致しません");
      changePassword(d, first, "short", "short");
      waitForText(d, nextMessage("account:newPassword"), "12 文字以上");
      changePassword(d, first, second, second);
      waitForText(d, By.id("growl_container"), "パスワードを変更しました");
      wholePage(browser, "account-password-changed");

      browser.open(base, "/customers.xhtml");
      waitFor(d, By.id("list:customers"));
      assertThat(d.getCurrentUrl()).doesNotContain("login");
      signOut(d);
      signIn(browser, base, user, second);
      waitFor(d, By.id("userbar:account"));
    }
  }

  /** Fills the password form and sends it; waits for the answer. */
  private static void changePassword(WebDriver d, String current, String next, String repeated) {
    type(d, "account:currentPassword", current);
    type(d, "account:newPassword", next);
    type(d, "account:repeatedPassword", repeated);
    click(d, By.id("account:save"));
    ajaxDone(d);
  }

  private static void waitForFilteredList(WebDriver d) {
    WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            x -> {
              String list = x.findElement(By.id("list:customers")).getText();
              return list.contains("状態試験 い") && list.contains("状態試験 あ") && !list.contains("状態試験 う");
            });
  }

  /** The list shows the search it was left with: inputs, menus, rows and their order. */
  private static void assertListState(WebDriver d, String segment) {
    assertThat(d.findElement(By.id("list:q")).getAttribute("value")).isEqualTo("状態試験");
    assertThat(d.findElement(By.id("list:segment_input")).getAttribute("value")).isEqualTo(segment);
    assertThat(text(d, "list:lifecycle_label")).isEqualTo("取引中");
    assertThat(text(d, "list:sort_label")).isEqualTo("フリガナ順（降順）");
    String list = d.findElement(By.id("list:customers")).getText();
    assertThat(list.indexOf("状態試験 い")).isLessThan(list.indexOf("状態試験 あ"));
  }

  /** Types the start of a value into an autocomplete and clicks the suggestion it offers. */
  private static void suggestion(WebDriver d, String id, String typed, String label) {
    type(d, id + "_input", typed);
    By item = By.xpath("//*[@id='" + id + "_panel']//li[@data-item-label='" + label + "']");
    waitFor(d, item);
    d.findElement(item).click();
    ajaxDone(d);
  }

  /**
   * A MANAGER API key under a name of its own: the test database outlives a run, key names are
   * unique.
   */
  private String managerKey() {
    return given()
        .spec(Api.anonymous(base))
        .auth()
        .preemptive()
        .basic(Api.ADMIN_USER, Api.adminPassword())
        .contentType("application/json")
        .accept("application/json")
        .body("{\"name\":\"it-ui-" + System.nanoTime() + "\",\"role\":\"MANAGER\"}")
        .post("/api/api-keys")
        .then()
        .statusCode(201)
        .extract()
        .path("key");
  }

  @Test
  void the_language_chosen_on_the_sign_in_page_carries_into_the_session_and_is_kept_for_the_user() {
    String user = "lang" + System.nanoTime();
    String password = "lang-Secret-2026";
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      newUser(browser, base, user, "言語 選択", "エージェント", password);

      // The browser asks for Japanese; on the sign-in page the new user picks English.
      waitForText(d, By.tagName("h1"), "サインイン");
      click(d, By.id("lang:en"));
      waitForText(d, By.tagName("h1"), "Sign in");
      signIn(browser, base, user, password);
      waitForText(d, By.id("navCustomers"), "Customers");
      assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      signOut(d);

      // A new session starts on a Japanese sign-in page; the user's saved English comes back.
      waitForText(d, By.tagName("h1"), "サインイン");
      signIn(browser, base, user, password);
      waitForText(d, By.id("navCustomers"), "Customers");
      assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }
  }

  @Test
  void the_pages_speak_english_after_switching_the_language() {
    try (Browser browser = Browser.open()) {
      WebDriver d = browser.driver();
      signIn(browser, base, Api.ADMIN_USER, Api.adminPassword());
      browser.open(base, "/customers.xhtml");
      waitFor(d, By.id("userbar:en"));
      try {
        click(d, By.id("userbar:en"));
        waitForText(d, By.tagName("h1"), "Customers");
        String page = d.findElement(By.tagName("body")).getText();
        assertThat(page)
            .contains("New customer", "Relationship type", "Lifecycle", "Owner")
            .doesNotContain("???");
        wholePage(browser, "customers-list-en");

        browser.open(base, "/customer-edit.xhtml");
        waitFor(d, By.id("edit:name"));
        assertThat(d.findElement(By.tagName("body")).getText())
            .contains(
                "New customer",
                "Kana reading",
                "Personal assistance",
                "The customer talks to any available representative")
            .doesNotContain("???");
        wholePage(browser, "customer-edit-en");
        date(d, "edit:customerSince_input", "1st April");
        click(d, By.id("edit:save"));
        waitForText(d, nextMessage("edit:customerSince_input"), "\"1st April\" is not a date");
      } finally {
        // The choice is saved for the user: put it back, the other tests read Japanese. Switching
        // on a
        // customer's page stays on that customer.
        long id =
            given()
                .spec(Api.anonymous(base))
                .header("Authorization", "Bearer " + managerKey())
                .contentType("application/json")
                .body(
                    "{\"kind\":\"PERSON\",\"name\":\"言語 切替\",\"relationshipType\":\"SELF_SERVICE\","
                        + "\"lifecycle\":\"ACTIVE\",\"customerSince\":\"2024-04-01\"}")
                .post("/api/customers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        browser.open(base, "/customer.xhtml?id=" + id);
        waitFor(d, By.id("userbar:ja"));
        click(d, By.id("userbar:ja"));
        waitForText(d, By.tagName("body"), "変更履歴");
        assertThat(d.getCurrentUrl()).contains("id=" + id);
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("言語 切替");
      }
    }
  }
}
