package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Pain points and the emotional journey map over HTTP, against the shipped WAR on Payara Micro and
 * PostgreSQL. Touchpoints, interactions and cases are written with JDBC ({@link PainPointRows});
 * every test makes its own touchpoints and customers, so the lists and cells it reads hold only its
 * own rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PainPointApiIT {
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
  void a_manager_records_a_pain_point_scored_as_affected_count_times_severity()
      throws SQLException {
    long tp = touchpoint("SERVICE", "PHONE", "サポート窓口");

    Response created = create("MANAGER", painPoint(tp, "電話がつながらない", 4, 12));

    created
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/pain-points/\\d+"))
        .header("ETag", equalTo("\"1\""))
        .body("touchpointId", equalTo((int) tp))
        .body("stage", equalTo("SERVICE"))
        .body("title", equalTo("電話がつながらない"))
        .body("severity", equalTo(4))
        .body("affectedCount", equalTo(12))
        .body("affectedCustomers", equalTo(12))
        .body("score", equalTo(48))
        .body("scoreBasis", equalTo("ENTERED"))
        .body("customerIds", empty())
        .body("caseIds", empty())
        .body("status", equalTo("OPEN"))
        .body("version", equalTo(1));

    as("AGENT")
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("score", equalTo(48));
  }

  @Test
  void the_list_is_ordered_by_score_highest_first_and_pages_by_cursor() throws SQLException {
    long tp = touchpoint("PURCHASE", "WEB", "決済ページ");
    long low = idOf(create("MANAGER", painPoint(tp, "低 " + RUN, 1, 5))); // 5
    long high = idOf(create("MANAGER", painPoint(tp, "高 " + RUN, 5, 20))); // 100
    long middle = idOf(create("MANAGER", painPoint(tp, "中 " + RUN, 3, 10))); // 30

    as("AGENT")
        .queryParam("touchpointId", tp)
        .get("/api/pain-points")
        .then()
        .statusCode(200)
        .body("items.id", contains((int) high, (int) middle, (int) low))
        .body("items.score", contains(100, 30, 5))
        .body("next", nullValue());

    JsonPath first =
        as("AGENT")
            .queryParam("touchpointId", tp)
            .queryParam("limit", 2)
            .get("/api/pain-points")
            .then()
            .statusCode(200)
            .body("items.id", contains((int) high, (int) middle))
            .body("next", notNullValue())
            .extract()
            .jsonPath();
    as("AGENT")
        .queryParam("touchpointId", tp)
        .queryParam("limit", 2)
        .queryParam("cursor", first.getString("next"))
        .get("/api/pain-points")
        .then()
        .statusCode(200)
        .body("items.id", contains((int) low))
        .body("next", nullValue());
  }

  @Test
  void linking_customers_replaces_the_entered_count_in_the_score_and_moves_the_pain_point_up()
      throws SQLException {
    long tp = touchpoint("CONSIDERATION", "EMAIL", "見積もり");
    long estimated = idOf(create("MANAGER", painPoint(tp, "見積もりが遅い " + RUN, 3, 1))); // 3
    long other = idOf(create("MANAGER", painPoint(tp, "資料が古い " + RUN, 2, 2))); // 4
    long a = customer("影響 一郎" + RUN, null);
    long b = customer("影響 二郎" + RUN, null);

    as("AGENT")
        .queryParam("touchpointId", tp)
        .get("/api/pain-points")
        .then()
        .body("items.id", contains((int) other, (int) estimated));

    as("MANAGER")
        .body(ids("customerIds", a, b, a))
        .post("/api/pain-points/" + estimated + "/customers")
        .then()
        .statusCode(200)
        .body("customerIds", containsInAnyOrder((int) a, (int) b))
        .body("affectedCount", equalTo(1))
        .body("affectedCustomers", equalTo(2))
        .body("score", equalTo(6))
        .body("scoreBasis", equalTo("LINKED"))
        .body("version", equalTo(2));

    as("AGENT")
        .queryParam("touchpointId", tp)
        .get("/api/pain-points")
        .then()
        .body("items.id", contains((int) estimated, (int) other))
        .body("items.score", contains(6, 4));

    as("MANAGER")
        .delete("/api/pain-points/" + estimated + "/customers/" + a)
        .then()
        .statusCode(200)
        .body("customerIds", contains((int) b))
        .body("score", equalTo(3));
    as("MANAGER")
        .delete("/api/pain-points/" + estimated + "/customers/" + b)
        .then()
        .statusCode(200)
        .body("score", equalTo(3))
        .body("scoreBasis", equalTo("ENTERED"));
  }

  @Test
  void bad_input_is_a_problem_naming_each_field_and_creates_nothing() throws SQLException {
    long tp = touchpoint("ADVOCACY", "SOCIAL", "口コミ");
    JsonObjectBuilder bad =
        Json.createObjectBuilder()
            .add("touchpointId", tp)
            .add("title", " ")
            .add("severity", 7)
            .add("affectedCount", -3)
            .add("status", "FIXED")
            .add("colour", "red");

    as("MANAGER")
        .body(bad.build().toString())
        .post("/api/pain-points")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("type", equalTo("https://cxcrm.dev/problems/invalid-input"))
        .body("errors.field", containsInAnyOrder("colour", "status"));

    as("MANAGER")
        .body(
            Json.createObjectBuilder()
                .add("touchpointId", tp)
                .add("title", " ")
                .add("severity", 7)
                .add("affectedCount", -3)
                .build()
                .toString())
        .post("/api/pain-points")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("errors.field", containsInAnyOrder("title", "severity", "affectedCount"))
        .body("errors.message", not(empty()))
        .body(not(containsString("Exception")));

    as("MANAGER")
        .body(painPoint(999_999_999L, "どこにもない", 2, 1).build().toString())
        .post("/api/pain-points")
        .then()
        .statusCode(400)
        .body("errors.field", contains("touchpointId"));

    try (PainPointRows rows = PainPointRows.open()) {
      assertThat(rows.count("select count(*) from pain_point where touchpoint_id = ?", tp))
          .isZero();
    }
  }

  @Test
  void unknown_or_archived_customers_and_unknown_cases_are_refused_and_nothing_is_linked()
      throws SQLException {
    long tp = touchpoint("SERVICE", "IN_PERSON", "来店対応");
    long id = idOf(create("MANAGER", painPoint(tp, "待ち時間 " + RUN, 2, 7)));
    long kept = customer("残る 花子" + RUN, null);
    long archived = customer("去る 太郎" + RUN, null);
    as("MANAGER").delete("/api/customers/" + archived).then().statusCode(204);

    as("MANAGER")
        .body(ids("customerIds", kept, archived, 999_999_999L))
        .post("/api/pain-points/" + id + "/customers")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("errors.field", contains("customerIds[1]", "customerIds[2]"));
    as("MANAGER")
        .body("{\"customerIds\": [\"x\"]}")
        .post("/api/pain-points/" + id + "/customers")
        .then()
        .statusCode(400)
        .body("errors.field", contains("customerIds[0]"));

    as("MANAGER")
        .body(ids("caseIds", 999_999_999L))
        .post("/api/pain-points/" + id + "/cases")
        .then()
        .statusCode(400)
        .body("errors.field", contains("caseIds[0]"));

    as("AGENT")
        .get("/api/pain-points/" + id)
        .then()
        .body("customerIds", empty())
        .body("caseIds", empty())
        .body("score", equalTo(14))
        .body("version", equalTo(1));

    long caseId;
    try (PainPointRows rows = PainPointRows.open()) {
      caseId = rows.serviceCase(kept, "待たされた " + RUN);
    }
    as("MANAGER")
        .body(ids("caseIds", caseId))
        .post("/api/pain-points/" + id + "/cases")
        .then()
        .statusCode(200)
        .body("caseIds", contains((int) caseId))
        .body("score", equalTo(14));
  }

  @Test
  void an_agent_reads_pain_points_but_may_not_record_change_or_link_them() throws SQLException {
    long tp = touchpoint("AWARENESS", "WEB", "ウェブサイト");
    long id = idOf(create("MANAGER", painPoint(tp, "料金が分かりにくい " + RUN, 3, 4)));
    long c = customer("閲覧 専用" + RUN, null);

    as("AGENT")
        .body(painPoint(tp, "エージェントの記録", 3, 4).build().toString())
        .post("/api/pain-points")
        .then()
        .statusCode(403)
        .contentType(containsString(PROBLEM));
    as("AGENT")
        .header("If-Match", "\"1\"")
        .body(painPoint(tp, "変更", 5, 4).build().toString())
        .put("/api/pain-points/" + id)
        .then()
        .statusCode(403);
    as("AGENT")
        .body(ids("customerIds", c))
        .post("/api/pain-points/" + id + "/customers")
        .then()
        .statusCode(403);

    as("AGENT")
        .queryParam("touchpointId", tp)
        .get("/api/pain-points")
        .then()
        .statusCode(200)
        .body("items.title", contains("料金が分かりにくい " + RUN))
        .body("items[0].score", equalTo(12))
        .body("items[0].version", equalTo(1));
  }

  @Test
  void a_change_needs_the_current_version_in_if_match() throws SQLException {
    long tp = touchpoint("PURCHASE", "EMAIL", "契約書送付");
    long id = idOf(create("MANAGER", painPoint(tp, "契約書が届かない " + RUN, 2, 3)));
    String body =
        painPoint(tp, "契約書が届かない " + RUN, 5, 3).add("status", "ADDRESSED").build().toString();

    as("MANAGER").body(body).put("/api/pain-points/" + id).then().statusCode(428);
    as("MANAGER")
        .header("If-Match", "\"7\"")
        .body(body)
        .put("/api/pain-points/" + id)
        .then()
        .statusCode(412)
        .contentType(containsString(PROBLEM));
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(body)
        .put("/api/pain-points/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("severity", equalTo(5))
        .body("score", equalTo(15))
        .body("status", equalTo("ADDRESSED"));
    as("AGENT")
        .queryParam("touchpointId", tp)
        .queryParam("status", "OPEN")
        .get("/api/pain-points")
        .then()
        .body("items", empty());
  }

  @Test
  void the_emotion_map_counts_each_cell_of_the_period_with_its_average_and_sample_size()
      throws SQLException {
    String segment = "emo-" + RUN;
    LocalDate day = LocalDate.of(2001 + RANDOM.nextInt(20), 1 + RANDOM.nextInt(12), 10);
    long talkative = customer("感情 一郎" + RUN, segment);
    long quiet = customer("感情 二郎" + RUN, segment);
    long outsider = customer("対象外 三郎" + RUN, null);
    long support;
    long faq;
    long unused;
    try (PainPointRows rows = PainPointRows.open()) {
      support = rows.touchpoint("SERVICE", "PHONE", "電話サポート " + RUN, "Phone support " + RUN);
      faq = rows.touchpoint("SERVICE", "WEB", "よくある質問 " + RUN, "FAQ " + RUN);
      unused = rows.touchpoint("ADVOCACY", "EMAIL", "レビュー依頼 " + RUN, "Review request " + RUN);
      var noon = day.atTime(12, 0).atZone(TOKYO).toInstant();
      // Support: -2, -1, +1 and one without emotion: volume 4, n 3, sum -2, mean -0.67.
      rows.interaction(talkative, support, "SERVICE", "PHONE", noon, -2);
      rows.interaction(talkative, support, "SERVICE", "PHONE", noon, -1);
      rows.interaction(quiet, support, "SERVICE", "PHONE", noon, 1);
      rows.interaction(quiet, support, "SERVICE", "PHONE", noon, null);
      // FAQ: two without emotion: volume 2, no average.
      rows.interaction(quiet, faq, "SERVICE", "WEB", noon, null);
      rows.interaction(quiet, faq, "SERVICE", "WEB", noon, null);
      // Outside the period (the day before, 23:59 Tokyo) and outside the segment: not counted.
      rows.interaction(
          talkative,
          support,
          "SERVICE",
          "PHONE",
          day.atStartOfDay(TOKYO).toInstant().minusSeconds(60),
          2);
      rows.interaction(outsider, support, "SERVICE", "PHONE", noon, 2);
    }
    long painPoints = idOf(create("MANAGER", painPoint(support, "保留が長い " + RUN, 4, 3)));
    assertThat(painPoints).isPositive();

    JsonPath map =
        as("AGENT")
            .queryParam("from", day.toString())
            .queryParam("to", day.toString())
            .queryParam("segment", segment)
            .get("/api/journey/emotion-map")
            .then()
            .statusCode(200)
            .body("from", equalTo(day.toString()))
            .body("to", equalTo(day.toString()))
            .body("satisfactionAvailable", equalTo(false))
            .body(
                "stages.stage",
                contains("AWARENESS", "CONSIDERATION", "PURCHASE", "SERVICE", "ADVOCACY"))
            .extract()
            .jsonPath();

    Map<String, Object> supportCell = cell(map, "SERVICE", support);
    assertThat(supportCell)
        .containsEntry("volume", 4)
        .containsEntry("emotionSampleSize", 3)
        .containsEntry("emotionSum", -2)
        .containsEntry("averageEmotion", -0.67f)
        .containsEntry("nameJa", "電話サポート " + RUN)
        .containsEntry("openPainPoints", 1)
        .containsEntry("distribution", Map.of("-2", 1, "-1", 1, "0", 0, "1", 1, "2", 0));
    Map<String, Object> faqCell = cell(map, "SERVICE", faq);
    assertThat(faqCell)
        .containsEntry("volume", 2)
        .containsEntry("emotionSampleSize", 0)
        .containsEntry("averageEmotion", null);
    assertThat(cell(map, "ADVOCACY", unused)).containsEntry("volume", 0);
    assertThat(map.getInt("stages.find { it.stage == 'SERVICE' }.total.volume")).isEqualTo(6);
    assertThat(map.getFloat("stages.find { it.stage == 'SERVICE' }.total.averageEmotion"))
        .isEqualTo(-0.67f);
    assertThat(map.getInt("total.volume")).isEqualTo(6);
    assertThat(map.getInt("total.emotionSampleSize")).isEqualTo(3);

    // The channel filter keeps the phone calls only; the relationship type of both is LONG_TERM.
    as("AGENT")
        .queryParam("from", day.toString())
        .queryParam("to", day.toString())
        .queryParam("segment", segment)
        .queryParam("channel", "WEB")
        .queryParam("relationshipType", "LONG_TERM")
        .get("/api/journey/emotion-map")
        .then()
        .statusCode(200)
        .body("total.volume", equalTo(2))
        .body("total.averageEmotion", nullValue());
    as("AGENT")
        .queryParam("from", day.toString())
        .queryParam("to", day.toString())
        .queryParam("segment", segment)
        .queryParam("relationshipType", "COMMUNITY")
        .get("/api/journey/emotion-map")
        .then()
        .statusCode(200)
        .body("total.volume", equalTo(0));
  }

  @Test
  void the_emotion_map_refuses_a_bad_period_and_filters_as_a_problem() {
    as("AGENT")
        .queryParam("from", "2026-05-01")
        .queryParam("to", "2026-04-01")
        .queryParam("channel", "FAX")
        .get("/api/journey/emotion-map")
        .then()
        .statusCode(400)
        .contentType(containsString(PROBLEM))
        .body("errors.field", containsInAnyOrder("channel"));
    as("AGENT")
        .queryParam("from", "2026-05-01")
        .queryParam("to", "2026-04-01")
        .get("/api/journey/emotion-map")
        .then()
        .statusCode(400)
        .body("errors.field", contains("to"));
    as("AGENT")
        .queryParam("from", "1st May")
        .get("/api/journey/emotion-map")
        .then()
        .statusCode(400)
        .body("errors.field", contains("from"));
    as("AGENT")
        .get("/api/journey/emotion-map")
        .then()
        .statusCode(200)
        .body("to", equalTo(LocalDate.now(TOKYO).toString()))
        .body("from", equalTo(LocalDate.now(TOKYO).minusDays(89).toString()));
  }

  @Test
  void the_openapi_document_describes_pain_points_and_the_emotion_map() {
    given()
        .spec(Api.anonymous(base))
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/pain-points'.get.summary", notNullValue())
        .body("paths.'/api/journey/emotion-map'.get.summary", notNullValue())
        .body("components.schemas.PainPoint.properties.score", notNullValue());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cell(JsonPath map, String stage, long touchpointId) {
    List<Map<String, Object>> cells =
        map.getList("stages.find { it.stage == '" + stage + "' }.touchpoints");
    return cells.stream()
        .filter(
            c ->
                c.get("touchpointId") != null
                    && ((Number) c.get("touchpointId")).longValue() == touchpointId)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No cell for touchpoint " + touchpointId + " in " + stage));
  }

  private long touchpoint(String stage, String channel, String name) throws SQLException {
    try (PainPointRows rows = PainPointRows.open()) {
      return rows.touchpoint(stage, channel, name + " " + RUN, name + " (en) " + RUN);
    }
  }

  private long customer(String name, String segment) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", name)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", "ACTIVE")
            .add("customerSince", "2020-04-01");
    if (segment != null) {
      b.add("segments", Json.createArrayBuilder().add(segment));
    }
    return as("MANAGER")
        .body(b.build().toString())
        .post("/api/customers")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonObjectBuilder painPoint(
      long touchpointId, String title, int severity, int affected) {
    return Json.createObjectBuilder()
        .add("touchpointId", touchpointId)
        .add("title", title)
        .add("description", "テストで記録")
        .add("severity", severity)
        .add("affectedCount", affected);
  }

  private static String ids(String key, long... ids) {
    var a = Json.createArrayBuilder();
    for (long id : ids) {
      a.add(id);
    }
    return Json.createObjectBuilder().add(key, a).build().toString();
  }

  private Response create(String role, JsonObjectBuilder body) {
    return as(role).body(body.build().toString()).post("/api/pain-points");
  }

  private static long idOf(Response r) {
    r.then().statusCode(201);
    return r.jsonPath().getLong("id");
  }

  private RequestSpecification as(String role) {
    return given().spec(Api.withRole(base, role)).when();
  }
}
