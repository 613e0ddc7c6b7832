package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The interaction API as a help desk or phone system uses it, over HTTP against the shipped WAR on
 * Payara Micro and PostgreSQL. Every test makes its own customers, so tests do not depend on each
 * other or on what earlier runs left in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InteractionApiIT {
  private static final Random RANDOM = new Random();
  private static final String RUN = Long.toString(Math.abs(RANDOM.nextLong()), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void the_openapi_document_describes_the_interaction_api() {
    JsonPath doc =
        given()
            .spec(Api.anonymous(base))
            .accept("application/json")
            .when()
            .get("/openapi")
            .then()
            .statusCode(200)
            .body("paths.'/api/interactions'.post.responses.'201'", notNullValue())
            .body("paths.'/api/interactions/bulk'.post", notNullValue())
            .body("paths.'/api/due'.get", notNullValue())
            .body("paths.'/api/response-compliance'.get", notNullValue())
            .body(
                "components.schemas.Interaction.properties.occurredAt.format", equalTo("date-time"))
            .extract()
            .jsonPath();
    assertThat(doc.<String, Object>getMap("paths").keySet())
        .anyMatch(p -> p.startsWith("/api/customers/{id") && p.endsWith("}/timeline"));
  }

  @Test
  void an_inbound_email_is_due_in_24_hours_and_an_outbound_reply_answers_it_in_time() {
    long customer = customer("返信 テスト");
    Instant at = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
    Response in =
        log(
            "AGENT",
            interaction(customer, "EMAIL", "INBOUND", at)
                .add("subject", "配送について")
                .add("summary", "注文した商品がまだ届きません。")
                .add("emotion", -1)
                .add("agent", "admin"));
    in.then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/interactions/\\d+"))
        .body("customerId", equalTo((int) customer))
        .body("channel", equalTo("EMAIL"))
        .body("direction", equalTo("INBOUND"))
        .body("awaitsAnswer", equalTo(true))
        .body("occurredAt", equalTo(tokyo(at)))
        .body("dueAt", equalTo(tokyo(at.plus(Duration.ofHours(24)))))
        .body("answeredAt", nullValue())
        .body("breached", equalTo(false))
        .body("emotion", equalTo(-1))
        .body("agent", equalTo("admin"))
        .body("subject", equalTo("配送について"));
    long inboundId = in.jsonPath().getLong("id");

    Instant replyAt = at.plus(Duration.ofMinutes(95));
    log(
            "AGENT",
            interaction(customer, "PHONE", "OUTBOUND", replyAt)
                .add("replyTo", inboundId)
                .add("subject", "配送状況のご連絡"))
        .then()
        .statusCode(201)
        .body("replyTo", equalTo((int) inboundId))
        .body("awaitsAnswer", equalTo(false))
        .body("dueAt", nullValue());

    as("AGENT")
        .get("/api/interactions/" + inboundId)
        .then()
        .statusCode(200)
        .body("answeredAt", equalTo(tokyo(replyAt)))
        .body("breached", equalTo(false))
        .body("responseMinutes", equalTo(95));
  }

  @Test
  void a_reply_naming_nothing_answers_every_earlier_open_contact_and_a_proactive_one_none() {
    long customer = customer("全件 回答");
    Instant t = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
    long sms = idOf(log("AGENT", interaction(customer, "SMS", "INBOUND", t)));
    long web = idOf(log("AGENT", interaction(customer, "WEB", "INBOUND", t.plusSeconds(600))));
    log("AGENT", interaction(customer, "EMAIL", "OUTBOUND", t.plusSeconds(1800)))
        .then()
        .statusCode(201)
        .body("purpose", equalTo("PROACTIVE"));
    as("AGENT").get("/api/interactions/" + sms).then().body("answeredAt", nullValue());
    long outbound = idOf(log("AGENT", reply(customer, "EMAIL", t.plusSeconds(3600))));
    long later = idOf(log("AGENT", interaction(customer, "WEB", "INBOUND", t.plusSeconds(7200))));

    for (long answered : List.of(sms, web)) {
      as("AGENT")
          .get("/api/interactions/" + answered)
          .then()
          .body("answeredAt", equalTo(tokyo(t.plusSeconds(3600))))
          .body("answeredBy", equalTo((int) outbound));
    }
    as("AGENT").get("/api/interactions/" + later).then().body("answeredAt", nullValue());
  }

  @Test
  void each_linked_reply_answers_the_message_it_names_even_after_a_reply_to_a_later_one() {
    // A help desk pushes A (14:05) and B (16:21), the answer to B (09:24) and then to A (13:50).
    long customer = customer("二通 回答");
    Instant a = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
    Instant b = a.plus(Duration.ofMinutes(136));
    long messageA = idOf(log("AGENT", interaction(customer, "EMAIL", "INBOUND", a)));
    long messageB = idOf(log("AGENT", interaction(customer, "EMAIL", "INBOUND", b)));
    Instant toB = a.plus(Duration.ofMinutes(1159));
    Instant toA = a.plus(Duration.ofMinutes(1425));
    log("AGENT", interaction(customer, "EMAIL", "OUTBOUND", toB).add("replyTo", messageB))
        .then()
        .statusCode(201)
        .body("purpose", equalTo("REACTIVE"));
    long answerA =
        idOf(
            log("AGENT", interaction(customer, "EMAIL", "OUTBOUND", toA).add("replyTo", messageA)));
    as("AGENT")
        .get("/api/interactions/" + messageA)
        .then()
        .body("answeredBy", equalTo((int) answerA))
        .body("answeredAt", equalTo(tokyo(toA)))
        .body("responseMinutes", equalTo(1425));
    as("AGENT").get("/api/interactions/" + messageB).then().body("answeredAt", equalTo(tokyo(toB)));

    log("AGENT", interaction(customer, "EMAIL", "INBOUND", a).add("purpose", "REACTIVE"))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("purpose"));
    log(
            "AGENT",
            interaction(customer, "EMAIL", "OUTBOUND", toA)
                .add("purpose", "PROACTIVE")
                .add("replyTo", messageA))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("replyTo"));
    log("AGENT", interaction(customer, "EMAIL", "OUTBOUND", toA).add("purpose", "LATER"))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("purpose"));
  }

  @Test
  void an_answer_after_the_deadline_is_a_breach() {
    long customer = customer("遅延 回答");
    Instant t = Instant.now().minus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
    long sms = idOf(log("AGENT", interaction(customer, "SMS", "INBOUND", t)));
    log("AGENT", reply(customer, "SMS", t.plus(Duration.ofMinutes(121)))).then().statusCode(201);
    as("AGENT")
        .get("/api/interactions/" + sms)
        .then()
        .body("dueAt", equalTo(tokyo(t.plus(Duration.ofHours(2)))))
        .body("breached", equalTo(true))
        .body("responseMinutes", equalTo(121));
  }

  @Test
  void a_repeated_push_with_the_same_external_id_returns_the_first_and_other_content_conflicts()
      throws Exception {
    long customer = customer("冪等 テスト");
    String externalId = "helpdesk-" + RUN + "-1";
    String at = tokyo(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("customerId", customer)
            .add("channel", "WEB")
            .add("direction", "INBOUND")
            .add("occurredAt", at)
            .add("summary", "問い合わせフォームより")
            .add("externalId", externalId);
    String json = body.build().toString();
    Response first = as("AGENT").body(json).post("/api/interactions");
    first.then().statusCode(201);

    Response again = as("AGENT").body(json).post("/api/interactions");
    again.then().statusCode(200).body("id", equalTo(first.path("id")));

    String changed = json.replace("問い合わせフォームより", "別の内容");
    as("AGENT")
        .body(changed)
        .post("/api/interactions")
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://cxcrm.dev/problems/conflict"))
        .body("status", equalTo(409));
    assertThat(InteractionTestData.interactionsWithExternalId(externalId)).isEqualTo(1);
  }

  @Test
  void bad_input_is_a_problem_naming_every_field_and_nothing_is_written() throws Exception {
    String externalId = "bad-" + RUN;
    String body =
        Json.createObjectBuilder()
            .add("customerId", customer("不正 入力"))
            .add("channel", "FAX")
            .add("direction", "OUTBOUND")
            .add("occurredAt", tokyo(Instant.now().plus(Duration.ofHours(2))))
            .add("emotion", 3)
            .add("awaitsAnswer", true)
            .add("externalId", externalId)
            .add("priority", "HIGH")
            .build()
            .toString();
    Response r = as("AGENT").body(body).post("/api/interactions");
    r.then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://cxcrm.dev/problems/invalid-input"))
        .body("title", equalTo("Invalid input"))
        .body("status", equalTo(400))
        .body("errors.field", containsInAnyOrder("channel", "priority"));

    String checked = body.replace("\"FAX\"", "\"EMAIL\"").replace(",\"priority\":\"HIGH\"", "");
    as("AGENT")
        .body(checked)
        .post("/api/interactions")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("occurredAt", "emotion", "awaitsAnswer"));

    as("AGENT")
        .body("{\"customerId\": 1, \"occurredAt\": \"2026-11-23T10:00:00\"}")
        .post("/api/interactions")
        .then()
        .statusCode(400)
        .body("errors.find { it.field == 'occurredAt' }.message", startsWith("Use ISO-8601"));
    assertThat(InteractionTestData.interactionsWithExternalId(externalId)).isZero();
  }

  @Test
  void references_must_exist_belong_to_the_customer_and_be_active() throws Exception {
    long customer = customer("参照 テスト");
    long other = customer("参照 他人");
    long active = InteractionTestData.touchpoint("サポート窓口" + RUN, "SERVICE", "PHONE", true);
    long inactive = InteractionTestData.touchpoint("旧窓口" + RUN, "SERVICE", "PHONE", false);
    long ownCase = InteractionTestData.openCase(customer, "配送遅延", Instant.now());
    long otherCase = InteractionTestData.openCase(other, "別件", Instant.now());
    Instant at = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
    long otherInbound = idOf(log("AGENT", interaction(other, "EMAIL", "INBOUND", at)));

    log(
            "AGENT",
            interaction(customer, "PHONE", "INBOUND", at)
                .add("touchpointId", active)
                .add("caseId", ownCase))
        .then()
        .statusCode(201)
        .body("touchpointId", equalTo((int) active))
        .body("stage", equalTo("SERVICE"))
        .body("caseId", equalTo((int) ownCase));

    log(
            "AGENT",
            interaction(customer, "PHONE", "OUTBOUND", at)
                .add("touchpointId", inactive)
                .add("caseId", otherCase)
                .add("agent", "nobody-" + RUN)
                .add("replyTo", otherInbound))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("touchpointId", "caseId", "agent", "replyTo"));
    log("AGENT", interaction(999_999_999_999L, "PHONE", "INBOUND", at))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("customerId"));
  }

  @Test
  void bulk_reports_each_row_writes_nothing_of_a_bad_one_and_answers_in_time_order()
      throws Exception {
    long customer = customer("一括 テスト");
    Instant t = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
    String badExternal = "bulk-bad-" + RUN;
    // The answer comes first in the request but later in time: it still answers the inbound row.
    String body =
        Json.createObjectBuilder()
            .add(
                "items",
                Json.createArrayBuilder()
                    .add(
                        reply(customer, "EMAIL", t.plusSeconds(1800))
                            .add("externalId", "bulk-out-" + RUN))
                    .add(
                        interaction(customer, "EMAIL", "INBOUND", t)
                            .add("emotion", 7)
                            .add("externalId", badExternal))
                    .add(
                        interaction(customer, "EMAIL", "INBOUND", t)
                            .add("externalId", "bulk-in-" + RUN))
                    .add("not an object"))
            .build()
            .toString();
    Response r = as("MANAGER").body(body).post("/api/interactions/bulk");
    r.then()
        .statusCode(200)
        .body("results.index", org.hamcrest.Matchers.contains(0, 1, 2, 3))
        .body(
            "results.status",
            org.hamcrest.Matchers.contains("CREATED", "REJECTED", "CREATED", "REJECTED"))
        .body("results[1].errors.field", org.hamcrest.Matchers.contains("emotion"))
        .body("results[1].id", nullValue());
    assertThat(InteractionTestData.interactionsWithExternalId(badExternal)).isZero();

    long outbound = r.jsonPath().getLong("results[0].id");
    long inbound = r.jsonPath().getLong("results[2].id");
    as("AGENT")
        .get("/api/interactions/" + inbound)
        .then()
        .body("answeredBy", equalTo((int) outbound))
        .body("answeredAt", equalTo(tokyo(t.plusSeconds(1800))))
        .body("breached", equalTo(false));

    // The same rows again: the logged ones exist, nothing is written twice.
    as("MANAGER")
        .body(body)
        .post("/api/interactions/bulk")
        .then()
        .statusCode(200)
        .body(
            "results.status",
            org.hamcrest.Matchers.contains("EXISTING", "REJECTED", "EXISTING", "REJECTED"))
        .body("results[2].id", equalTo((int) inbound));

    StringBuilder tooMany = new StringBuilder("{\"items\":[");
    for (int i = 0; i < 1001; i++) {
      tooMany.append(i == 0 ? "{}" : ",{}");
    }
    as("MANAGER")
        .body(tooMany.append("]}").toString())
        .post("/api/interactions/bulk")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("items"));
  }

  @Test
  void the_timeline_merges_interactions_stage_changes_and_cases_newest_first_in_cursor_pages()
      throws Exception {
    long customer = customer("時系列 テスト");
    Instant t0 = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    List<String> expected = new ArrayList<>();
    String[] channels = {"EMAIL", "PHONE", "EMAIL", "SMS", "EMAIL", "WEB", "PHONE"};
    for (int i = 0; i < channels.length; i++) {
      long id =
          idOf(
              log(
                  "AGENT",
                  interaction(customer, channels[i], "OUTBOUND", t0.plus(Duration.ofHours(i)))));
      expected.add("INTERACTION:" + id);
    }
    long change =
        InteractionTestData.stageChange(
            customer, "CONSIDERATION", "PURCHASE", t0.plus(Duration.ofMinutes(150)));
    expected.add(3, "STAGE_CHANGE:" + change);
    long kase = InteractionTestData.openCase(customer, "請求書の再発行", t0.plus(Duration.ofMinutes(330)));
    expected.add(7, "CASE_OPENED:" + kase);
    java.util.Collections.reverse(expected);

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      RequestSpecification q = as("AGENT").queryParam("limit", 3);
      if (cursor != null) {
        q.queryParam("cursor", cursor);
      }
      JsonPath page =
          q.get("/api/customers/" + customer + "/timeline")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<String> kinds = page.getList("items.kind");
      List<Integer> ids = page.getList("items.id");
      for (int i = 0; i < kinds.size(); i++) {
        seen.add(kinds.get(i) + ":" + ids.get(i));
      }
      assertThat(kinds).hasSizeLessThanOrEqualTo(3);
      cursor = page.getString("next");
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(3);

    JsonPath emails =
        as("AGENT")
            .queryParam("channel", "EMAIL")
            .get("/api/customers/" + customer + "/timeline")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(emails.getList("items.interaction.channel"))
        .containsExactly("EMAIL", "EMAIL", "EMAIL");
    assertThat(emails.getList("items.kind")).containsOnly("INTERACTION");
    assertThat(emails.getString("next")).isNull();

    as("AGENT")
        .queryParam("cursor", "not-a-cursor")
        .get("/api/customers/" + customer + "/timeline")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", org.hamcrest.Matchers.contains("cursor"));
    as("AGENT").get("/api/customers/999999999999/timeline").then().statusCode(404);
  }

  @Test
  void the_due_queue_lists_open_contacts_by_deadline_and_answered_ones_leave_it() {
    long customer = customer("期限 テスト");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    // Due: -6 h (overdue), +1 h, +22 h; logged in another order.
    long email2h =
        idOf(
            log(
                "AGENT",
                interaction(customer, "EMAIL", "INBOUND", now.minus(Duration.ofHours(2)))));
    long email30h =
        idOf(
            log(
                "AGENT",
                interaction(customer, "EMAIL", "INBOUND", now.minus(Duration.ofHours(30)))));
    long sms =
        idOf(log("AGENT", interaction(customer, "SMS", "INBOUND", now.minus(Duration.ofHours(1)))));

    List<Map<String, Object>> mine = dueItemsOf(customer);
    assertThat(mine)
        .extracting(m -> ((Number) ((Map<?, ?>) m.get("interaction")).get("id")).longValue())
        .containsExactly(email30h, sms, email2h);
    assertThat(mine.get(0).get("overdue")).isEqualTo(true);
    assertThat(((Number) mine.get(0).get("timeLeftMinutes")).intValue()).isBetween(-362, -358);
    assertThat(mine.get(1).get("overdue")).isEqualTo(false);
    assertThat(((Number) mine.get(1).get("timeLeftMinutes")).intValue()).isBetween(57, 60);
    assertThat(mine.get(0).get("customerName")).isEqualTo("期限 テスト" + RUN);

    log("AGENT", reply(customer, "PHONE", now)).then().statusCode(201);
    assertThat(dueItemsOf(customer)).isEmpty();
  }

  @Test
  void compliance_counts_in_time_late_and_overdue_contacts_with_median_and_p90() {
    // A day of its own in the past, so that other tests' and runs' contacts do not count.
    LocalDate day = LocalDate.of(1995, 1, 2).plusDays(RANDOM.nextInt(5000));
    Instant ten = day.atTime(10, 0).atZone(TOKYO).toInstant();
    long c1 = customer("遵守 一");
    long c2 = customer("遵守 二");
    long c3 = customer("遵守 三");
    log("AGENT", interaction(c1, "EMAIL", "INBOUND", ten).add("agent", "admin"))
        .then()
        .statusCode(201);
    log("AGENT", reply(c1, "EMAIL", ten.plus(Duration.ofMinutes(60)))).then().statusCode(201);
    log("AGENT", interaction(c2, "EMAIL", "INBOUND", ten)).then().statusCode(201);
    log("AGENT", reply(c2, "EMAIL", ten.plus(Duration.ofMinutes(1560)))).then().statusCode(201);
    log("AGENT", interaction(c3, "SMS", "INBOUND", ten.minus(Duration.ofHours(1))))
        .then()
        .statusCode(201);
    log("AGENT", reply(c3, "SMS", ten.minus(Duration.ofMinutes(30)))).then().statusCode(201);
    log("AGENT", interaction(c3, "EMAIL", "INBOUND", ten)).then().statusCode(201);

    JsonPath byChannel = compliance(day, "channel");
    assertThat(byChannel.getList("rows.key")).containsExactly("EMAIL", "SMS");
    assertThat(byChannel.getInt("rows[0].decided")).isEqualTo(3);
    assertThat(byChannel.getInt("rows[0].inTime")).isEqualTo(1);
    assertThat(byChannel.getInt("rows[0].late")).isEqualTo(1);
    assertThat(byChannel.getInt("rows[0].overdue")).isEqualTo(1);
    assertThat(byChannel.getDouble("rows[0].inTimePercent"))
        .isCloseTo(33.333, org.assertj.core.api.Assertions.within(0.01));
    assertThat(byChannel.getInt("rows[0].answered")).isEqualTo(2);
    assertThat(byChannel.getDouble("rows[0].medianMinutes")).isEqualTo(810.0);
    assertThat(byChannel.getDouble("rows[0].p90Minutes")).isEqualTo(1560.0);
    assertThat(byChannel.getDouble("rows[1].inTimePercent")).isEqualTo(100.0);
    assertThat(byChannel.getDouble("rows[1].medianMinutes")).isEqualTo(30.0);

    JsonPath byWeek = compliance(day, "week");
    assertThat(byWeek.getList("rows.key"))
        .containsExactly(
            day.with(
                    java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .toString());
    assertThat(byWeek.getInt("total.decided")).isEqualTo(4);
    assertThat(byWeek.getDouble("total.inTimePercent")).isEqualTo(50.0);
    assertThat(byWeek.getDouble("total.medianMinutes")).isEqualTo(60.0);
    assertThat(byWeek.getDouble("total.p90Minutes")).isEqualTo(1560.0);

    JsonPath byAgent = compliance(day, "agent");
    assertThat(byAgent.getList("rows.key")).containsExactly("", "admin");
    assertThat(byAgent.getInt("rows[1].decided")).isEqualTo(1);
    assertThat(byAgent.getDouble("rows[1].medianMinutes")).isEqualTo(60.0);

    JsonPath empty = compliance(day.minusDays(1), "channel");
    assertThat(empty.getList("rows")).isEmpty();
    assertThat(empty.getInt("total.decided")).isZero();
    assertThat(empty.getString("total.inTimePercent")).isNull();
    assertThat(empty.getString("total.medianMinutes")).isNull();
  }

  @Test
  void compliance_is_for_managers_and_refuses_bad_dates() {
    as("AGENT")
        .get("/api/response-compliance")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as("MANAGER")
        .queryParam("from", "yesterday")
        .queryParam("by", "colour")
        .get("/api/response-compliance")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("from", "by"));
    as("ADMIN")
        .get("/api/response-compliance")
        .then()
        .statusCode(200)
        .body("by", equalTo("CHANNEL"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private JsonPath compliance(LocalDate day, String by) {
    return as("MANAGER")
        .queryParam("from", day.toString())
        .queryParam("to", day.toString())
        .queryParam("by", by)
        .get("/api/response-compliance")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The customer's items in the whole team queue, walking every page by cursor. */
  private List<Map<String, Object>> dueItemsOf(long customer) {
    List<Map<String, Object>> found = new ArrayList<>();
    HashSet<String> cursors = new HashSet<>();
    String cursor = null;
    do {
      RequestSpecification q = as("AGENT").queryParam("scope", "team").queryParam("limit", 200);
      if (cursor != null) {
        q.queryParam("cursor", cursor);
      }
      JsonPath page = q.get("/api/due").then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      for (Map<String, Object> item : items) {
        Map<?, ?> i = (Map<?, ?>) item.get("interaction");
        if (((Number) i.get("customerId")).longValue() == customer) {
          found.add(item);
        }
      }
      cursor = page.getString("next");
    } while (cursor != null && cursors.add(cursor));
    return found;
  }

  private long customer(String name) {
    Response r =
        as("MANAGER")
            .body(
                Json.createObjectBuilder()
                    .add("kind", "PERSON")
                    .add("name", name + RUN)
                    .add("relationshipType", "PERSONAL_ASSISTANCE")
                    .add("lifecycle", "ACTIVE")
                    .add("customerSince", "2024-04-01")
                    .build()
                    .toString())
            .post("/api/customers");
    r.then().statusCode(201);
    return r.jsonPath().getLong("id");
  }

  private static JsonObjectBuilder interaction(
      long customer, String channel, String direction, Instant at) {
    return Json.createObjectBuilder()
        .add("customerId", customer)
        .add("channel", channel)
        .add("direction", direction)
        .add("occurredAt", tokyo(at));
  }

  /** An outbound contact that answers (names nothing: it answers what is open). */
  private static JsonObjectBuilder reply(long customer, String channel, Instant at) {
    return interaction(customer, channel, "OUTBOUND", at).add("purpose", "REACTIVE");
  }

  private Response log(String role, JsonObjectBuilder body) {
    return as(role).body(body.build().toString()).post("/api/interactions");
  }

  private static long idOf(Response created) {
    created.then().statusCode(201);
    return created.jsonPath().getLong("id");
  }

  private RequestSpecification as(String role) {
    return given().spec(Api.withRole(base, role));
  }

  /**
   * The instant as the API writes it: ISO-8601 in the business's zone (+09:00), with the seconds
   * even when they are 0 (OffsetDateTime.toString would leave them out at a whole minute).
   */
  private static String tokyo(Instant at) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(at, TOKYO));
  }

  static {
    assertThat(ZoneOffset.ofHours(9)).isEqualTo(TOKYO.getRules().getOffset(Instant.now()));
  }
}
