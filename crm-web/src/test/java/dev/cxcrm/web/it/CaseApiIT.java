package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cases as a help desk uses them over HTTP, against the shipped WAR on Payara Micro and PostgreSQL.
 * The interactions a case groups are written into the database by the test (their endpoint belongs
 * to another feature). Every test makes its own customer, so tests do not depend on each other or
 * on what earlier runs left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseApiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** From the seeded catalogue (V3_40): "Missing or unclear information", COMMUNICATION. */
  private static final int UNCLEAR_INFORMATION = 3;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void the_openapi_document_describes_the_case_api() {
    JsonPath doc =
        given()
            .spec(Api.anonymous(base))
            .accept("application/json")
            .when()
            .get("/openapi")
            .then()
            .statusCode(200)
            .body("paths.'/api/cases'.post.responses.'201'", notNullValue())
            .body("paths.'/api/cases/rates'.get.summary", notNullValue())
            .body("paths.'/api/root-causes'.get.summary", notNullValue())
            // A case's status refers to the CaseStatus schema, which lists the enum's values.
            .body(
                "components.schemas.Case.properties.status.'$ref'",
                equalTo("#/components/schemas/CaseStatus"))
            .body("components.schemas.CaseStatus.enum", hasItems("OPEN", "RESOLVED"))
            .extract()
            .jsonPath();
    Map<String, Object> paths = doc.getMap("paths");
    assertThat(paths.keySet())
        .anySatisfy(p -> assertThat(p).startsWith("/api/cases/{id").endsWith("}/resolve"))
        .anySatisfy(p -> assertThat(p).startsWith("/api/cases/{id").endsWith("}/reopen"));
  }

  @Test
  void a_case_opened_with_one_inbound_email_and_two_answers_resolves_as_first_contact_resolution()
      throws SQLException {
    long customer = customer("一次解決 花子");
    Instant t = Instant.now().minus(Duration.ofHours(3));
    long mail = CaseTestData.interaction(customer, "EMAIL", "INBOUND", t);
    long answer1 = CaseTestData.interaction(customer, "EMAIL", "OUTBOUND", t.plusSeconds(600));
    long answer2 = CaseTestData.interaction(customer, "PHONE", "OUTBOUND", t.plusSeconds(1200));

    Response opened =
        as("AGENT")
            .body(
                newCase(customer, "QUESTION", "請求書の再発行")
                    .add("interactionIds", ids(mail, answer1, answer2))
                    .build()
                    .toString())
            .post("/api/cases");
    opened
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/cases/\\d+"))
        .header("ETag", equalTo("\"1\""))
        .body("customerId", equalTo((int) customer))
        .body("type", equalTo("QUESTION"))
        .body("priority", equalTo("NORMAL"))
        .body("status", equalTo("OPEN"))
        .body("owner", nullValue())
        .body("interactionIds", contains((int) mail, (int) answer1, (int) answer2))
        .body("channel", equalTo("EMAIL"))
        .body("reopenCount", equalTo(0))
        .body("firstContactResolution", nullValue())
        .body("rootCauseId", nullValue());
    assertThat(CaseTestData.caseOf(mail)).isEqualTo(opened.jsonPath().getLong("id"));

    JsonPath resolved =
        as("AGENT")
            .body(resolve(UNCLEAR_INFORMATION, "再発行してメールで送付しました"))
            .post(opened.header("Location") + "/resolve")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
    assertThat(resolved.getBoolean("firstContactResolution")).isTrue();
    assertThat(resolved.getInt("rootCauseId")).isEqualTo(UNCLEAR_INFORMATION);
    assertThat(resolved.getString("resolution")).isEqualTo("再発行してメールで送付しました");
    assertThat(resolved.getString("resolvedAt")).isNotNull();

    as("AGENT")
        .get(opened.header("Location"))
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("status", equalTo("RESOLVED"))
        .body("firstContactResolution", equalTo(true));
  }

  @Test
  void a_customer_who_wrote_twice_is_not_a_first_contact_resolution() throws SQLException {
    long customer = customer("二度目 次郎");
    Instant t = Instant.now().minus(Duration.ofHours(5));
    long first = CaseTestData.interaction(customer, "PHONE", "INBOUND", t);
    long second = CaseTestData.interaction(customer, "EMAIL", "INBOUND", t.plusSeconds(3600));

    String location = open("MANAGER", newCase(customer, "COMPLAINT", "配送遅延"), first);
    as("MANAGER")
        .body("{\"interactionIds\":[" + second + "]}")
        .post(location + "/interactions")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("interactionIds", contains((int) first, (int) second))
        .body("channel", equalTo("PHONE"));

    as("MANAGER")
        .body(resolve(UNCLEAR_INFORMATION, "配送業者に確認して回答"))
        .post(location + "/resolve")
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("firstContactResolution", equalTo(false));
  }

  @Test
  void a_reopened_case_counts_the_reopen_and_is_never_a_first_contact_resolution()
      throws SQLException {
    long customer = customer("再開 三郎");
    long mail =
        CaseTestData.interaction(customer, "WEB", "INBOUND", Instant.now().minusSeconds(900));
    String location = open("MANAGER", newCase(customer, "REQUEST", "住所変更"), mail);
    as("MANAGER")
        .body(resolve(UNCLEAR_INFORMATION, "変更しました"))
        .post(location + "/resolve")
        .then()
        .body("firstContactResolution", equalTo(true));

    as("MANAGER")
        .post(location + "/reopen")
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"))
        .body("reopenCount", equalTo(1))
        .body("firstContactResolution", equalTo(false))
        .body("resolvedAt", nullValue());
    as("MANAGER")
        .post(location + "/reopen")
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM));

    as("MANAGER")
        .body(resolve(UNCLEAR_INFORMATION, "再度変更しました"))
        .post(location + "/resolve")
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("reopenCount", equalTo(1))
        .body("firstContactResolution", equalTo(false));
  }

  @Test
  void resolving_without_a_root_cause_is_refused_on_root_cause_id_and_changes_nothing()
      throws SQLException {
    long customer = customer("未解決 四郎");
    long call =
        CaseTestData.interaction(customer, "PHONE", "INBOUND", Instant.now().minusSeconds(60));
    String location = open("MANAGER", newCase(customer, "QUESTION", "料金の質問"), call);

    as("MANAGER")
        .body("{\"resolution\":\"説明しました\"}")
        .post(location + "/resolve")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", contains("rootCauseId"));
    as("MANAGER")
        .body("{\"rootCauseId\":999999999,\"resolution\":\"\"}")
        .post(location + "/resolve")
        .then()
        .statusCode(400)
        .body("errors.field", contains("rootCauseId", "resolution"));

    as("MANAGER")
        .get(location)
        .then()
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("OPEN"))
        .body("resolution", nullValue())
        .body("firstContactResolution", nullValue());
  }

  @Test
  void an_agent_may_not_work_a_case_another_user_owns_and_nothing_changes() throws SQLException {
    long customer = customer("担当外 五郎");
    long mail =
        CaseTestData.interaction(customer, "EMAIL", "INBOUND", Instant.now().minusSeconds(60));
    String location =
        open("MANAGER", newCase(customer, "COMPLAINT", "対応への不満").add("owner", "admin"), mail);

    as("AGENT").get(location).then().statusCode(200).body("owner", equalTo("admin"));
    as("AGENT")
        .body(resolve(UNCLEAR_INFORMATION, "勝手に解決"))
        .post(location + "/resolve")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as("AGENT")
        .header("If-Match", "\"1\"")
        .body("{\"priority\":\"URGENT\"}")
        .patch(location)
        .then()
        .statusCode(403);

    as("MANAGER")
        .get(location)
        .then()
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("OPEN"))
        .body("priority", equalTo("NORMAL"));
  }

  @Test
  void an_agent_may_not_give_a_case_to_someone_else_but_works_unassigned_ones() {
    long customer = customer("未割当 六子");
    as("AGENT")
        .body(newCase(customer, "REQUEST", "資料請求").add("owner", "admin").build().toString())
        .post("/api/cases")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", contains("owner"));

    String location = open("AGENT", newCase(customer, "REQUEST", "資料請求"));
    as("AGENT")
        .header("If-Match", "\"1\"")
        .body("{\"priority\":\"HIGH\",\"status\":\"IN_PROGRESS\",\"subject\":\"資料請求（カタログ）\"}")
        .patch(location)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("priority", equalTo("HIGH"))
        .body("status", equalTo("IN_PROGRESS"))
        .body("subject", equalTo("資料請求（カタログ）"));
  }

  @Test
  void changes_need_the_current_version_and_resolved_is_reached_only_by_resolving() {
    long customer = customer("版管理 七海");
    String location = open("MANAGER", newCase(customer, "QUESTION", "営業時間"));

    as("MANAGER").body("{\"priority\":\"LOW\"}").patch(location).then().statusCode(428);
    as("MANAGER")
        .header("If-Match", "\"7\"")
        .body("{\"priority\":\"LOW\"}")
        .patch(location)
        .then()
        .statusCode(412);
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body("{\"status\":\"RESOLVED\"}")
        .patch(location)
        .then()
        .statusCode(400)
        .body("errors.field", contains("status"));
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body("{\"owner\":\"admin\"}")
        .patch(location)
        .then()
        .statusCode(200)
        .body("owner", equalTo("admin"));
    as("MANAGER")
        .header("If-Match", "\"2\"")
        .body("{\"owner\":null}")
        .patch(location)
        .then()
        .statusCode(200)
        .body("owner", nullValue());
  }

  @Test
  void bad_input_names_every_field_and_opens_nothing() throws SQLException {
    long customer = customer("不正入力 八郎");
    long other = customer("他人 九郎");
    long foreign =
        CaseTestData.interaction(other, "SMS", "INBOUND", Instant.now().minusSeconds(60));
    String before = as("MANAGER").get("/api/cases?customerId=" + customer).asString();

    as("MANAGER")
        .body(
            "{\"customerId\":"
                + customer
                + ",\"type\":\"WISH\",\"priority\":\"SOON\",\"subject\":\"\",\"colour\":\"red\"}")
        .post("/api/cases")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", hasItems("type", "priority", "colour"));
    as("MANAGER")
        .body(
            newCase(customer, "QUESTION", "他人のメール")
                .add("interactionIds", ids(foreign))
                .build()
                .toString())
        .post("/api/cases")
        .then()
        .statusCode(400)
        .body("errors.field", contains("interactionIds[0]"));
    as("MANAGER")
        .body(newCase(0, "QUESTION", "存在しない顧客").build().toString())
        .post("/api/cases")
        .then()
        .statusCode(400)
        .body("errors.field", contains("customerId"));
    as("MANAGER").body("not json").post("/api/cases").then().statusCode(400);

    assertThat(as("MANAGER").get("/api/cases?customerId=" + customer).asString()).isEqualTo(before);
    assertThat(CaseTestData.caseOf(foreign)).isNull();
    as("MANAGER")
        .get("/api/cases?status=DONE&customerId=x")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("status", "customerId"));
  }

  @Test
  void an_interaction_of_another_customer_cannot_be_attached_and_one_can_be_detached()
      throws SQLException {
    long customer = customer("付け外し 十子");
    long other = customer("別人 十一");
    long mine =
        CaseTestData.interaction(customer, "EMAIL", "INBOUND", Instant.now().minusSeconds(600));
    long theirs =
        CaseTestData.interaction(other, "EMAIL", "INBOUND", Instant.now().minusSeconds(600));
    String location = open("MANAGER", newCase(customer, "QUESTION", "付け外し"));

    as("MANAGER")
        .body("{\"interactionIds\":[" + mine + "," + theirs + "]}")
        .post(location + "/interactions")
        .then()
        .statusCode(400)
        .body("errors.field", contains("interactionIds[1]"));
    assertThat(CaseTestData.caseOf(mine)).isNull();

    as("MANAGER")
        .body("{\"interactionIds\":[" + mine + "]}")
        .post(location + "/interactions")
        .then()
        .statusCode(200)
        .body("interactionIds", contains((int) mine));
    as("MANAGER")
        .delete(location + "/interactions/" + mine)
        .then()
        .statusCode(200)
        .body("interactionIds", org.hamcrest.Matchers.empty())
        .body("channel", nullValue());
    assertThat(CaseTestData.caseOf(mine)).isNull();
  }

  @Test
  void the_list_pages_newest_first_by_cursor_and_filters_by_customer_status_and_owner() {
    long customer = customer("一覧 十二");
    String a = open("MANAGER", newCase(customer, "QUESTION", "一件目"));
    String b = open("MANAGER", newCase(customer, "QUESTION", "二件目").add("owner", "admin"));
    String c = open("MANAGER", newCase(customer, "COMPLAINT", "三件目"));
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body("{\"status\":\"IN_PROGRESS\"}")
        .patch(c)
        .then()
        .statusCode(200);

    JsonPath first =
        as("AGENT")
            .get("/api/cases?customerId=" + customer + "&limit=2")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getList("items.subject")).containsExactly("三件目", "二件目");
    assertThat(first.getString("next")).isNotNull();
    JsonPath second =
        as("AGENT")
            .queryParam("customerId", customer)
            .queryParam("limit", 2)
            .queryParam("cursor", first.getString("next"))
            .get("/api/cases")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getList("items.subject")).containsExactly("一件目");
    assertThat(second.getString("next")).isNull();

    assertThat(
            as("AGENT")
                .get("/api/cases?customerId=" + customer + "&status=IN_PROGRESS")
                .jsonPath()
                .getList("items.subject"))
        .containsExactly("三件目");
    assertThat(
            as("AGENT")
                .get("/api/cases?customerId=" + customer + "&owner=admin")
                .jsonPath()
                .getList("items.subject"))
        .containsExactly("二件目");
    assertThat(
            as("AGENT")
                .get("/api/cases?customerId=" + customer + "&unassigned=true")
                .jsonPath()
                .getList("items.subject"))
        .containsExactly("三件目", "一件目");
    assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
  }

  @Test
  void rates_give_numerator_and_denominator_per_agent_channel_and_month() throws SQLException {
    String agent = CaseTestData.owner("rate" + RUN, "率 計算");
    long customer = customer("率 十三");
    Instant t = Instant.now().minus(Duration.ofMinutes(30));
    // Three cases of this agent opened today: one FCR (e-mail), one not FCR (two phone calls),
    // one still open (SMS).
    String fcr =
        open(
            "MANAGER",
            newCase(customer, "QUESTION", "率1").add("owner", agent),
            CaseTestData.interaction(customer, "EMAIL", "INBOUND", t));
    String twice =
        open(
            "MANAGER",
            newCase(customer, "COMPLAINT", "率2").add("owner", agent),
            CaseTestData.interaction(customer, "PHONE", "INBOUND", t),
            CaseTestData.interaction(customer, "PHONE", "INBOUND", t.plusSeconds(60)));
    open(
        "MANAGER",
        newCase(customer, "REQUEST", "率3").add("owner", agent),
        CaseTestData.interaction(customer, "SMS", "INBOUND", t));
    LocalDate today = LocalDate.now(TOKYO);
    JsonPath monthBefore = rates(today, "month");
    for (String location : List.of(fcr, twice)) {
      as("MANAGER")
          .body(resolve(UNCLEAR_INFORMATION, "対応済み"))
          .post(location + "/resolve")
          .then()
          .statusCode(200);
    }

    JsonPath byAgent = rates(today, "agent");
    Map<String, Object> row = byAgent.getMap("rows.find { it.key == '" + agent + "' }");
    assertThat(row).isNotNull();
    assertThat(byAgent.getInt("rows.find { it.key == '" + agent + "' }.resolution.numerator"))
        .isEqualTo(2);
    assertThat(byAgent.getInt("rows.find { it.key == '" + agent + "' }.resolution.denominator"))
        .isEqualTo(3);
    assertThat(byAgent.getDouble("rows.find { it.key == '" + agent + "' }.resolution.percent"))
        .isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
    assertThat(
            byAgent.getInt(
                "rows.find { it.key == '" + agent + "' }.firstContactResolution.numerator"))
        .isEqualTo(1);
    assertThat(
            byAgent.getInt(
                "rows.find { it.key == '" + agent + "' }.firstContactResolution.denominator"))
        .isEqualTo(2);
    assertThat(
            byAgent.getDouble(
                "rows.find { it.key == '" + agent + "' }.firstContactResolution.percent"))
        .isEqualTo(50.0);

    // The month's totals moved by exactly these two resolutions (nothing else runs meanwhile).
    JsonPath monthAfter = rates(today, "month");
    assertThat(monthAfter.getInt("total.resolution.numerator"))
        .isEqualTo(monthBefore.getInt("total.resolution.numerator") + 2);
    assertThat(monthAfter.getInt("total.resolution.denominator"))
        .isEqualTo(monthBefore.getInt("total.resolution.denominator"));
    assertThat(monthAfter.getInt("total.firstContactResolution.numerator"))
        .isEqualTo(monthBefore.getInt("total.firstContactResolution.numerator") + 1);
    assertThat(monthAfter.getInt("total.firstContactResolution.denominator"))
        .isEqualTo(monthBefore.getInt("total.firstContactResolution.denominator") + 2);
    assertThat(monthAfter.getList("rows.key")).containsExactly(today.toString().substring(0, 7));

    JsonPath byChannel = rates(today, "channel");
    assertThat(byChannel.getList("rows.key")).contains("EMAIL", "PHONE", "SMS");
  }

  @Test
  void the_case_keeps_the_channel_of_its_first_inbound_interaction_as_interactions_come_and_go()
      throws SQLException {
    long customer = customer("経路 十四");
    Instant t = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
    long answer = CaseTestData.interaction(customer, "PHONE", "OUTBOUND", t);
    String location = open("MANAGER", newCase(customer, "QUESTION", "経路"), answer);
    assertThat(CaseTestData.firstInboundChannel(location)).isNull();

    // Logged straight into the case: the first inbound contact.
    as("AGENT")
        .body(
            Json.createObjectBuilder()
                .add("customerId", customer)
                .add("channel", "SMS")
                .add("direction", "INBOUND")
                .add("occurredAt", OffsetDateTime.ofInstant(t.plusSeconds(600), TOKYO).toString())
                .add("summary", "経路の確認")
                .add("caseId", Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
                .build()
                .toString())
        .post("/api/interactions")
        .then()
        .statusCode(201);
    assertThat(CaseTestData.firstInboundChannel(location)).isEqualTo("SMS");

    // An earlier inbound contact attached comes first; detached again, the SMS is first again.
    long earlier = CaseTestData.interaction(customer, "WEB", "INBOUND", t.minusSeconds(600));
    as("MANAGER")
        .body("{\"interactionIds\":[" + earlier + "]}")
        .post(location + "/interactions")
        .then()
        .statusCode(200)
        .body("channel", equalTo("WEB"));
    assertThat(CaseTestData.firstInboundChannel(location)).isEqualTo("WEB");
    as("MANAGER").delete(location + "/interactions/" + earlier).then().statusCode(200);
    assertThat(CaseTestData.firstInboundChannel(location)).isEqualTo("SMS");
  }

  @Test
  void a_period_without_cases_has_no_rates_and_agents_may_not_read_the_figures() {
    as("MANAGER")
        .get("/api/cases/rates?from=1999-01-01&to=1999-01-31&by=month")
        .then()
        .statusCode(200)
        .body("total.resolution.numerator", equalTo(0))
        .body("total.resolution.denominator", equalTo(0))
        .body("total.resolution.percent", nullValue())
        .body("total.firstContactResolution.percent", nullValue())
        .body("rows.key", contains("1999-01"));
    as("MANAGER")
        .get("/api/cases/rates?from=2026-03-01&to=2026-02-01&by=week")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", hasItems("to", "by"));
    as("AGENT").get("/api/cases/rates").then().statusCode(403);
  }

  @Test
  void the_root_cause_catalogue_is_read_by_all_and_kept_by_managers() {
    as("AGENT")
        .get("/api/root-causes")
        .then()
        .statusCode(200)
        .body("items.category", hasItems("PROCESS", "COMMUNICATION", "PRODUCT", "STAFF", "OTHER"))
        .body("items.find { it.id == 3 }.nameEn", equalTo("Missing or unclear information"))
        .body("items.find { it.id == 3 }.nameJa", equalTo("説明・案内の不足"));

    as("AGENT")
        .body("{\"category\":\"STAFF\",\"nameJa\":\"x\",\"nameEn\":\"x\"}")
        .post("/api/root-causes")
        .then()
        .statusCode(403);
    as("MANAGER")
        .body("{\"category\":\"TEAM\",\"nameJa\":\"\",\"nameEn\":\"Queue\",\"extra\":1}")
        .post("/api/root-causes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("category", "extra"));

    Response created =
        as("MANAGER")
            .body(
                "{\"category\":\"PROCESS\",\"nameJa\":\"受付待ち"
                    + RUN
                    + "\",\"nameEn\":\"Queue "
                    + RUN
                    + "\"}")
            .post("/api/root-causes");
    created
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/root-causes/\\d+"))
        .body("active", equalTo(true));
    int id = created.jsonPath().getInt("id");
    assertThat(id).isGreaterThan(50);
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(
            "{\"category\":\"PROCESS\",\"nameJa\":\"受付待ち"
                + RUN
                + "\",\"nameEn\":\"Queue "
                + RUN
                + "\",\"active\":false}")
        .put("/api/root-causes/" + id)
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("version", equalTo(2));

    long customer = customer("旧原因 十四");
    String location = open("MANAGER", newCase(customer, "QUESTION", "旧原因"));
    as("MANAGER")
        .body(resolve(id, "対応済み"))
        .post(location + "/resolve")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("rootCauseId"));
  }

  private JsonPath rates(LocalDate day, String by) {
    return as("MANAGER")
        .queryParam("from", day.toString())
        .queryParam("to", day.toString())
        .queryParam("by", by)
        .get("/api/cases/rates")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private RequestSpecification as(String role) {
    return given().spec(Api.withRole(base, role));
  }

  private long customer(String name) {
    return as("MANAGER")
        .body(
            "{\"kind\":\"PERSON\",\"name\":\""
                + name
                + " "
                + RUN
                + "\",\"relationshipType\":\"PERSONAL_ASSISTANCE\",\"lifecycle\":\"ACTIVE\","
                + "\"customerSince\":\"2024-04-01\"}")
        .post("/api/customers")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonObjectBuilder newCase(long customer, String type, String subject) {
    return Json.createObjectBuilder()
        .add("customerId", customer)
        .add("type", type)
        .add("subject", subject);
  }

  private String open(String role, JsonObjectBuilder body, long... interactions) {
    if (interactions.length > 0) {
      body.add("interactionIds", ids(interactions));
    }
    return as(role)
        .body(body.build().toString())
        .post("/api/cases")
        .then()
        .statusCode(201)
        .extract()
        .header("Location");
  }

  private static JsonArrayBuilder ids(long... ids) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (long id : ids) {
      a.add(id);
    }
    return a;
  }

  private static String resolve(long rootCauseId, String resolution) {
    return Json.createObjectBuilder()
        .add("rootCauseId", rootCauseId)
        .add("resolution", resolution)
        .build()
        .toString();
  }
}
