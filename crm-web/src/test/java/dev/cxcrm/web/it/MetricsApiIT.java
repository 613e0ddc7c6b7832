package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Metrics through the API on Payara Micro: feedback pushed for customers of a segment of this run
 * only, then NPS, CSAT, CES and the review average of that segment computed by hand, with their n,
 * interval, parts, month trend (empty months listed), breakdown and change; bad requests named by
 * their parameter. Retention and churn of customers of this run's own segment, counted by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsApiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String SEGMENT = "指標" + RUN;
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void a_segments_figures_are_those_computed_by_hand_with_their_trend_and_change() {
    long a = customer();
    long b = customer();
    JsonArrayBuilder items = Json.createArrayBuilder();
    // March 2026 (Tokyo): NPS 10, 9, 7, 3 from two customers; one at 00:00 on 1 March in Tokyo
    // (the last day of February in UTC). April: nothing. May: NPS 0. February: NPS 10 and 9.
    items.add(survey(a, "2026-03-01T00:00:00+09:00", 10).add("channel", "EMAIL"));
    items.add(survey(a, "2026-03-10T12:00:00+09:00", 9).add("channel", "PHONE"));
    items.add(survey(b, "2026-03-20T12:00:00+09:00", 7).add("channel", "EMAIL"));
    items.add(
        survey(b, "2026-03-31T23:59:59+09:00", 3)
            .add("channel", "EMAIL")
            .add(
                "scores",
                Json.createObjectBuilder().add("nps", 3).add("csat", 2).add("csatScale", 5)));
    items.add(survey(a, "2026-05-15T12:00:00+09:00", 0));
    items.add(survey(a, "2026-02-10T12:00:00+09:00", 10));
    items.add(survey(b, "2026-02-11T12:00:00+09:00", 9));
    // CSAT 5/5 and 6/7 in March (with the 2/5 above: 2 of 3 satisfied); CES 2/5 and 4/5.
    items.add(scores(a, "2026-03-05T10:00:00+09:00", "csat", 5, 5));
    items.add(scores(b, "2026-03-06T10:00:00+09:00", "csat", 6, 7));
    items.add(scores(a, "2026-03-07T10:00:00+09:00", "ces", 2, 5));
    items.add(scores(b, "2026-03-08T10:00:00+09:00", "ces", 4, 5));
    items.add(review(a, "2026-03-09T10:00:00+09:00", 4));
    items.add(review(b, "2026-03-09T11:00:00+09:00", 5));
    as("MANAGER")
        .body(Json.createObjectBuilder().add("items", items).build().toString())
        .post("/api/feedback/bulk")
        .then()
        .statusCode(200)
        .body("results.status", org.hamcrest.Matchers.everyItem(equalTo("CREATED")));

    // March: promoters 2, passive 1, detractor 1 -> (2 - 1) * 100 / 4 = 25.
    // p+ = .5, p- = .25: var = .75 - .0625 = .6875; 1.96 * sqrt(.6875 / 4) * 100 = 1.96 * 41.458 =
    // 81.257.
    // February (the calendar month before): 2 promoters -> 100; change -75 with var(Feb) = 0:
    // z = -75 / sqrt(.171875 * 10000) = -1.809, within the noise.
    JsonPath nps = metric("nps", "from=2026-03-01&to=2026-03-31");
    assertThat(nps.getDouble("value")).isEqualTo(25.0);
    assertThat(nps.getLong("n")).isEqualTo(4);
    assertThat(nps.getBoolean("smallSample")).isTrue();
    assertThat(nps.getDouble("ciLow")).isCloseTo(25 - 81.2573, within(1e-3));
    assertThat(nps.getDouble("ciHigh")).isCloseTo(25 + 81.2573, within(1e-3));
    assertThat(nps.getInt("parts.promoters")).isEqualTo(2);
    assertThat(nps.getInt("parts.passives")).isEqualTo(1);
    assertThat(nps.getInt("parts.detractors")).isEqualTo(1);
    assertThat(nps.getString("previous.from")).isEqualTo("2026-02-01");
    assertThat(nps.getDouble("previous.value")).isEqualTo(100.0);
    assertThat(nps.getDouble("change.difference")).isEqualTo(-75.0);
    assertThat(nps.getDouble("change.z")).isCloseTo(-1.8091, within(1e-3));
    assertThat(nps.getBoolean("change.significant")).isFalse();
    assertThat(nps.getString("timeZone")).isEqualTo("Asia/Tokyo");

    // A trend from March to May: April is listed with no value, May is -100.
    JsonPath trend = metric("nps", "from=2026-03-01&to=2026-05-31&groupBy=month");
    assertThat(trend.getList("groups.from"))
        .containsExactly("2026-03-01", "2026-04-01", "2026-05-01");
    assertThat(trend.getList("groups.value", Double.class)).containsExactly(25.0, null, -100.0);
    assertThat(trend.getList("groups.n", Integer.class)).containsExactly(4, 0, 1);

    // One channel of the segment: EMAIL 10, 7, 3 -> (1 - 1) * 100 / 3 = 0.
    JsonPath email =
        as("AGENT")
            .get("/api/metrics/nps?from=2026-03-01&to=2026-03-31&channel=EMAIL")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(email.getLong("n")).isGreaterThanOrEqualTo(3);

    // CSAT: 5/5, 6/7 satisfied, 2/5 not: 66.67 % of 3, mixed scales: no single mean.
    JsonPath csat = metric("csat", "from=2026-03-01&to=2026-03-31");
    assertThat(csat.getDouble("value")).isCloseTo(200.0 / 3, within(1e-4));
    assertThat(csat.getLong("n")).isEqualTo(3);
    assertThat(csat.getInt("parts.satisfied")).isEqualTo(2);
    assertThat(csat.getDouble("parts.mean5")).isEqualTo(3.5);
    assertThat(csat.getDouble("parts.mean7")).isEqualTo(6.0);
    // CES 2 and 4 on 1–5: mean 3, one low effort of two.
    JsonPath ces = metric("ces", "from=2026-03-01&to=2026-03-31");
    assertThat(ces.getDouble("value")).isEqualTo(3.0);
    assertThat(ces.getDouble("parts.lowEffortPercent")).isEqualTo(50.0);
    assertThat((Object) ces.get("ciLow")).isNull();
    // Reviews 4 and 5: 4.5 over 2; the change has no stated test.
    JsonPath reviews = metric("reviews", "from=2026-03-01&to=2026-03-31");
    assertThat(reviews.getDouble("value")).isEqualTo(4.5);
    assertThat(reviews.getLong("n")).isEqualTo(2);
    // A period without answers: no score, n 0.
    JsonPath empty = metric("nps", "from=2025-01-01&to=2025-01-31");
    assertThat((Object) empty.get("value")).isNull();
    assertThat(empty.getLong("n")).isZero();
    assertThat((Object) empty.get("change")).isNull();
  }

  @Test
  void a_breakdown_by_a_cut_lists_each_value_and_bad_requests_name_their_parameter() {
    long c = customer();
    as("MANAGER")
        .body(
            Json.createObjectBuilder()
                .add(
                    "items",
                    Json.createArrayBuilder()
                        .add(survey(c, "2026-06-02T10:00:00+09:00", 9).add("stage", "SERVICE"))
                        .add(survey(c, "2026-06-03T10:00:00+09:00", 2).add("stage", "SERVICE"))
                        .add(survey(c, "2026-06-04T10:00:00+09:00", 10).add("stage", "ADVOCACY")))
                .build()
                .toString())
        .post("/api/feedback/bulk")
        .then()
        .statusCode(200);
    JsonPath byStage =
        as("AGENT")
            .get("/api/metrics/nps?from=2026-06-02&to=2026-06-04&groupBy=stage")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> keys = byStage.getList("groups.key");
    assertThat(keys).contains("SERVICE", "ADVOCACY");
    int service = keys.indexOf("SERVICE");
    // Other runs may add to June 2026; this run's two SERVICE answers are at least there.
    assertThat(byStage.getList("groups.n", Integer.class).get(service)).isGreaterThanOrEqualTo(2);

    as("AGENT")
        .get("/api/metrics/nps?from=2026-06-01&to=2026-05-01")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("to"));
    as("AGENT")
        .get("/api/metrics/nps?segment=a&groupBy=stage")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("groupBy"));
    as("AGENT")
        .get("/api/metrics/nps?segment=a&channel=EMAIL&groupBy=fortnight")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("channel", "groupBy"));
    as("AGENT")
        .get("/api/metrics/nps?channel=FAX&touchpointId=-1&from=2020-01-01&to=2026-01-01")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("channel", "touchpointId", "to"));
    as("AGENT")
        .get("/api/metrics/happiness")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
    given().spec(Api.anonymous(base)).get("/api/metrics/nps").then().statusCode(401);
  }

  @Test
  void retention_and_churn_of_a_segment_are_those_counted_by_hand() {
    String segment = "維持" + RUN;
    // Q1 2026. S (customers at 00:00 on 1 January, Tokyo): a, b, c and g, who churned on
    // 1 January itself (churned at or after the start: still a customer then). Not f, a
    // prospect, nor i, archived. N (became one in Q1): d, e and h (since 1 January: not one
    // before it started). E (at 00:00 on 1 April): a, b, d, h. Lost (of S, churned in Q1): c, g.
    long a = customer(segment, "ACTIVE", "2025-12-15", null);
    customer(segment, "ACTIVE", "2025-06-01", null); // b
    customer(segment, "CHURNED", "2025-03-01", "2026-02-10"); // c
    customer(segment, "ACTIVE", "2026-02-01", null); // d
    customer(segment, "CHURNED", "2026-01-05", "2026-03-31"); // e
    customer(segment, "PROSPECT", "2025-01-01", null); // f
    customer(segment, "CHURNED", "2024-01-01", "2026-01-01"); // g
    customer(segment, "ACTIVE", "2026-01-01", null); // h
    long i = customer(segment, "ACTIVE", "2025-01-01", null);
    String etag =
        given().spec(Api.asAdmin(base)).get("/api/customers/" + i).then().extract().header("ETag");
    given()
        .spec(Api.asAdmin(base))
        .header("If-Match", etag)
        .delete("/api/customers/" + i)
        .then()
        .statusCode(204);

    JsonPath retention =
        as("AGENT")
            .queryParam("segment", segment)
            .get("/api/metrics/retention?from=2026-01-01&to=2026-03-31&groupBy=month")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // CRR = (E - N) / S * 100 = (4 - 3) / 4 * 100 = 25.
    assertThat(retention.getDouble("value")).isEqualTo(25.0);
    assertThat(retention.getInt("n")).isEqualTo(4);
    assertThat(retention.getBoolean("smallSample")).isTrue();
    assertThat(retention.getMap("parts"))
        .containsEntry("atStart", 4)
        .containsEntry("atEnd", 4)
        .containsEntry("created", 3)
        .containsEntry("lost", 2);
    assertThat(retention.getString("ciLow")).isNull();
    // Q4 2025: S = b, c, g; N = a; E = a, b, c, g (g churned on 1 January, after the end).
    // CRR = (4 - 1) / 3 * 100 = 100; the change -75 has no stated test.
    assertThat(retention.getDouble("previous.value")).isEqualTo(100.0);
    assertThat(retention.getString("previous.from")).isEqualTo("2025-10-01");
    assertThat(retention.getDouble("change.difference")).isEqualTo(-75.0);
    assertThat(retention.getString("change.significant")).isNull();
    // January: S = 4; N = e, h; E on 1 February = a, b, c, e, h; lost = g: (5 - 2) / 4 = 75.
    assertThat(retention.getList("groups.from"))
        .containsExactly("2026-01-01", "2026-02-01", "2026-03-01");
    assertThat(retention.getDouble("groups[0].value")).isEqualTo(75.0);
    assertThat(retention.getMap("groups[0].parts")).containsEntry("lost", 1);

    JsonPath churn =
        as("AGENT")
            .queryParam("segment", segment)
            .get("/api/metrics/churn?from=2026-01-01&to=2026-03-31")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // lost / S * 100 = 2 / 4 * 100 = 50; Q4 2025 lost nobody: 0, not null.
    assertThat(churn.getDouble("value")).isEqualTo(50.0);
    assertThat(churn.getDouble("previous.value")).isEqualTo(0.0);

    // Referrals by a of the segment: two in Q1 (one at its very first instant in Tokyo), one on
    // the last day of Q4 2025. A count: 0 would be a value, and it is never a small sample.
    for (String at :
        List.of(
            "2026-01-01T00:00:00+09:00",
            "2026-03-31T23:59:59+09:00",
            "2025-12-31T23:59:59+09:00")) {
      as("MANAGER")
          .body(
              Json.createObjectBuilder()
                  .add("referrerId", a)
                  .add("referredAt", at)
                  .add("referredName", "紹介 " + RUN)
                  .build()
                  .toString())
          .post("/api/referrals")
          .then()
          .statusCode(201);
    }
    JsonPath referrals =
        as("AGENT")
            .queryParam("segment", segment)
            .get("/api/metrics/referrals?from=2026-01-01&to=2026-03-31&groupBy=month")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(referrals.getDouble("value")).isEqualTo(2.0);
    assertThat(referrals.getBoolean("smallSample")).isFalse();
    assertThat(referrals.getDouble("previous.value")).isEqualTo(1.0);
    assertThat(referrals.getList("groups.value", Double.class)).containsExactly(1.0, 0.0, 1.0);

    // By relationship type within everything: this run's LONG_TERM customers are among them.
    as("AGENT")
        .get("/api/metrics/churn?from=2026-01-01&to=2026-03-31&groupBy=relationshipType")
        .then()
        .statusCode(200)
        .body("groups.key", org.hamcrest.Matchers.hasItem("LONG_TERM"));
    // A customer metric is not cut by what feedback is about.
    as("AGENT")
        .get("/api/metrics/retention?channel=EMAIL&groupBy=stage")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("channel", "groupBy"));
  }

  @Test
  void managers_keep_benchmarks_that_everyone_reads_and_a_bad_one_is_refused_by_field() {
    String name = "小売業平均 " + RUN;
    io.restassured.response.Response made =
        as("MANAGER")
            .body(benchmark("nps", "INDUSTRY", name, "32.50"))
            .post("/api/metric-benchmarks");
    made.then()
        .statusCode(201)
        .header("ETag", "\"1\"")
        .header("Location", org.hamcrest.Matchers.containsString("/api/metric-benchmarks/"))
        .body("value", equalTo(32.5f))
        .body("metric", equalTo("nps"))
        .body("changedBy", org.hamcrest.Matchers.notNullValue());
    long id = made.jsonPath().getLong("id");
    as("AGENT")
        .get("/api/metric-benchmarks")
        .then()
        .statusCode(200)
        .body("items.name", org.hamcrest.Matchers.hasItem(name));
    as("AGENT")
        .body(benchmark("nps", "TARGET", "担当者の目標", "50"))
        .post("/api/metric-benchmarks")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));

    // Unknown words are named; a count has no benchmark and a blank name is none; nothing is
    // stored.
    as("MANAGER")
        .body(benchmark("happiness", "PEER", name, "10"))
        .post("/api/metric-benchmarks")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("metric", "kind"));
    as("MANAGER")
        .body(benchmark("referrals", "INDUSTRY", " ", "10"))
        .post("/api/metric-benchmarks")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("metric", "name"));
    as("MANAGER")
        .body(benchmark("reviews", "TARGET", name, "5.5"))
        .post("/api/metric-benchmarks")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("value"));
    as("AGENT")
        .get("/api/metric-benchmarks")
        .then()
        .body("items.findAll { it.name == '" + name + "' }.size()", equalTo(1));

    // Changes name the version they were read in.
    String path = "/api/metric-benchmarks/" + id;
    as("MANAGER").body(benchmark("nps", "INDUSTRY", name, "30")).put(path).then().statusCode(428);
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(benchmark("nps", "INDUSTRY", name, "30"))
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("value", equalTo(30));
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(benchmark("nps", "INDUSTRY", name, "31"))
        .put(path)
        .then()
        .statusCode(412);
    as("MANAGER").header("If-Match", "\"1\"").delete(path).then().statusCode(412);
    as("AGENT").get(path).then().statusCode(200).body("value", equalTo(30));
    as("MANAGER").header("If-Match", "\"2\"").delete(path).then().statusCode(204);
    as("AGENT").get(path).then().statusCode(404).contentType(startsWith(PROBLEM));
  }

  // --- helpers -------------------------------------------------------------------------------

  /** The metric of this run's segment. */
  private JsonPath metric(String metric, String query) {
    return as("AGENT")
        .queryParam("segment", SEGMENT)
        .get("/api/metrics/" + metric + "?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonObjectBuilder survey(long customer, String at, int nps) {
    return Json.createObjectBuilder()
        .add("kind", "SURVEY")
        .add("customerId", customer)
        .add("receivedAt", at)
        .add("scores", Json.createObjectBuilder().add("nps", nps));
  }

  private static JsonObjectBuilder scores(long customer, String at, String score, int v, int s) {
    return Json.createObjectBuilder()
        .add("kind", "SURVEY")
        .add("customerId", customer)
        .add("receivedAt", at)
        .add("scores", Json.createObjectBuilder().add(score, v).add(score + "Scale", s));
  }

  private static JsonObjectBuilder review(long customer, String at, int stars) {
    return Json.createObjectBuilder()
        .add("kind", "REVIEW")
        .add("customerId", customer)
        .add("receivedAt", at)
        .add("stars", stars)
        .add("platform", "Google");
  }

  private long customer() {
    return Api.created(
        base,
        "/api/customers",
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", "指標 顧客 " + RUN)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", "ACTIVE")
            .add("segments", Json.createArrayBuilder().add(SEGMENT)));
  }

  @Test
  void lifetime_value_of_a_segment_is_the_one_computed_by_hand_per_currency() {
    String segment = "価値" + RUN;
    long a = customer(segment, "ACTIVE", "2024-01-01", null);
    long b = customer(segment, "ACTIVE", "2024-06-01", null);
    long c = customer(segment, "CHURNED", "2024-01-01", "2025-09-30");
    long d = customer(segment, "ACTIVE", "2025-01-01", null);
    purchase(a, "2025-03-31T23:59:59+09:00", "10000", "JPY"); // before the year up to the end
    purchase(a, "2026-02-01T10:00:00+09:00", "20000", "JPY");
    purchase(b, "2025-04-01T00:00:00+09:00", "30000", "JPY"); // the year's first instant
    purchase(b, "2026-03-31T23:59:59+09:00", "10000", "JPY"); // the period's last instant
    purchase(c, "2025-05-01T12:00:00+09:00", "40000", "JPY");
    purchase(d, "2026-04-01T00:00:00+09:00", "99999", "JPY"); // after the end
    purchase(a, "2026-01-10T12:00:00+09:00", "12.50", "USD"); // another currency

    JsonPath clv =
        as("AGENT")
            .queryParam("segment", segment)
            .get("/api/metrics/clv?from=2026-01-01&to=2026-03-31&groupBy=month")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // To date (before 1 April 00:00 Tokyo): 10,000 + 20,000 + 30,000 + 10,000 + 40,000 = 110,000
    // yen from a, b and c: 36,666.67 per customer, n = 3.
    assertThat(clv.getString("currency")).isEqualTo("JPY");
    assertThat(clv.getDouble("value")).isCloseTo(36666.67, within(0.01));
    assertThat(clv.getInt("n")).isEqualTo(3);
    assertThat(clv.getBoolean("smallSample")).isTrue();
    // The year up to the end (1 April 2025 - 31 March 2026): 100,000 yen in 4 orders from 3
    // buyers: 25,000 per order, 4/3 a year. Its churn: S = a, b, c, d; c lost: 25 %, 4 years.
    // Projected: 25,000 x 4/3 x 4 = 133,333.33.
    assertThat(clv.getDouble("parts.revenue")).isEqualTo(110000.0);
    assertThat(clv.getDouble("parts.windowRevenue")).isEqualTo(100000.0);
    assertThat(clv.getInt("parts.orders")).isEqualTo(4);
    assertThat(clv.getInt("parts.buyers")).isEqualTo(3);
    assertThat(clv.getDouble("parts.averageOrderValue")).isEqualTo(25000.0);
    assertThat(clv.getDouble("parts.annualChurn")).isEqualTo(25.0);
    assertThat(clv.getDouble("parts.lifespanYears")).isEqualTo(4.0);
    assertThat(clv.getDouble("parts.projected")).isCloseTo(133333.33, within(0.01));
    // At the end of Q4 2025: 80,000 from the same three; at the end of each month of Q1.
    assertThat(clv.getDouble("previous.value")).isCloseTo(26666.67, within(0.01));
    assertThat(clv.getList("groups.value", Double.class))
        .satisfiesExactly(
            v -> assertThat(v).isCloseTo(26666.67, within(0.01)),
            v -> assertThat(v).isCloseTo(33333.33, within(0.01)),
            v -> assertThat(v).isCloseTo(36666.67, within(0.01)));

    JsonPath dollars =
        as("AGENT")
            .queryParam("segment", segment)
            .queryParam("currency", "USD")
            .get("/api/metrics/clv?from=2026-01-01&to=2026-03-31")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(dollars.getString("currency")).isEqualTo("USD");
    assertThat(dollars.getDouble("value")).isEqualTo(12.5);
    assertThat(dollars.getInt("n")).isEqualTo(1);
    // Before any purchase: no value, not 0.
    as("AGENT")
        .queryParam("segment", segment)
        .get("/api/metrics/clv?from=2024-01-01&to=2024-12-31")
        .then()
        .statusCode(200)
        .body("value", org.hamcrest.Matchers.nullValue())
        .body("n", org.hamcrest.Matchers.equalTo(0));
    as("AGENT")
        .get("/api/metrics/clv?currency=yen&groupBy=stage")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("currency", "groupBy"));
    as("AGENT")
        .get("/api/metrics/nps?currency=JPY")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("currency"));
  }

  @Test
  void resolution_and_fcr_follow_the_cases_as_they_stand_now() {
    String segment = "運用" + RUN;
    long x = customer(segment, "ACTIVE", "2025-01-01", null);
    String an_hour_ago = java.time.OffsetDateTime.now().minusHours(1).toString();
    long mailA = inbound(x, "EMAIL", an_hour_ago);
    long callB = inbound(x, "PHONE", an_hour_ago);
    long mailB = inbound(x, "EMAIL", an_hour_ago);
    long webC = inbound(x, "WEB", an_hour_ago);
    // A: one contact, resolved at first contact. B: two contacts, resolved, not at first contact.
    // C: resolved at first contact, later reopened. D: open, no contact.
    String a = openCase(x, mailA);
    String b = openCase(x, callB, mailB);
    String c = openCase(x, webC);
    openCase(x);
    for (String location : List.of(a, b, c)) {
      as("MANAGER")
          .body("{\"rootCauseId\": 3, \"resolution\": \"対応済み " + RUN + "\"}")
          .post(location + "/resolve")
          .then()
          .statusCode(200);
    }
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
    // Opened 4, resolved by the end 3: 75 %. Resolved 3, at first contact A and C: 66.7 %.
    assertThat(caseMetric("resolution", segment, today).getDouble("value")).isEqualTo(75.0);
    JsonPath fcr = caseMetric("fcr", segment, today);
    assertThat(fcr.getDouble("value")).isCloseTo(66.67, within(0.01));
    assertThat(fcr.getMap("parts")).containsEntry("resolved", 3).containsEntry("firstContact", 2);

    as("MANAGER").post(c + "/reopen").then().statusCode(200);
    // C reopened: resolved 2 of 4 opened (50 %), at first contact 1 of 2 resolved (50 %).
    JsonPath resolution = caseMetric("resolution", segment, today);
    assertThat(resolution.getDouble("value")).isEqualTo(50.0);
    assertThat(resolution.getInt("n")).isEqualTo(4);
    assertThat(resolution.getBoolean("smallSample")).isTrue();
    assertThat(resolution.getMap("parts")).containsEntry("opened", 4).containsEntry("resolved", 2);
    assertThat(caseMetric("fcr", segment, today).getDouble("value")).isEqualTo(50.0);
    // By the channel the cases came in on: this run's e-mail cases are among everyone's.
    as("AGENT")
        .get("/api/metrics/fcr?from=" + today + "&to=" + today + "&groupBy=channel")
        .then()
        .statusCode(200)
        .body("groups.key", org.hamcrest.Matchers.hasItem("EMAIL"));
    // A case is not about a journey stage.
    as("AGENT")
        .get("/api/metrics/resolution?stage=PURCHASE")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("stage"));
  }

  @Test
  void compliance_and_response_time_follow_the_contacts_and_their_answers() {
    String segment = "応答" + RUN;
    long x = customer(segment, "ACTIVE", "2025-01-01", null);
    java.time.ZoneId tokyo = java.time.ZoneId.of("Asia/Tokyo");
    java.time.LocalDate today = java.time.LocalDate.now(tokyo);
    // A and B answered within minutes (in time), C after 11 days (late), D not at all (overdue),
    // E came in an hour ago (pending). Replies name what they answer.
    long a = inbound(x, "EMAIL", tokyoAt(today.minusDays(15), 10, 0));
    reply(x, a, tokyoAt(today.minusDays(15), 10, 5));
    long b = inbound(x, "EMAIL", tokyoAt(today.minusDays(14), 10, 0));
    reply(x, b, tokyoAt(today.minusDays(14), 10, 20));
    long c = inbound(x, "EMAIL", tokyoAt(today.minusDays(13), 10, 0));
    reply(x, c, tokyoAt(today.minusDays(2), 10, 0));
    long d = inbound(x, "EMAIL", tokyoAt(today.minusDays(12), 10, 0));
    inbound(x, "EMAIL", java.time.OffsetDateTime.now().minusHours(1).toString());
    String period = "?from=" + today.minusDays(20) + "&to=" + today;
    // Decided 4 (A, B, C, D), in time 2: 50 %. Answered 300, 1,200 and 950,400 s: the median
    // 1,200 s = 20 min, the p90 (rank 3 of 3) 950,400 s = 15,840 min.
    JsonPath compliance = contactMetric("compliance", segment, period);
    assertThat(compliance.getDouble("value")).isEqualTo(50.0);
    assertThat(compliance.getInt("n")).isEqualTo(4);
    assertThat(compliance.getBoolean("smallSample")).isTrue();
    assertThat(compliance.getMap("parts"))
        .containsEntry("inTime", 2)
        .containsEntry("late", 1)
        .containsEntry("overdue", 1)
        .containsEntry("pending", 1);
    JsonPath time = contactMetric("response-time", segment, period);
    assertThat(time.getDouble("value")).isEqualTo(20.0);
    assertThat(time.getInt("n")).isEqualTo(3);
    assertThat(time.getDouble("parts.p90Minutes")).isEqualTo(15840.0);

    // D answered now, 12 days late: late 2, none overdue; the median is the mean of the middle two.
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now(tokyo);
    reply(x, d, now.toString());
    long dSeconds =
        java.time.Duration.between(today.minusDays(12).atTime(10, 0).atZone(tokyo), now)
            .toSeconds();
    compliance = contactMetric("compliance", segment, period);
    assertThat(compliance.getDouble("value")).isEqualTo(50.0);
    assertThat(compliance.getMap("parts")).containsEntry("late", 2).containsEntry("overdue", 0);
    time = contactMetric("response-time", segment, period);
    assertThat(time.getInt("n")).isEqualTo(4);
    assertThat(time.getDouble("value")).isCloseTo((1_200 + 950_400) / 2.0 / 60, within(1e-9));
    assertThat(time.getDouble("parts.p90Minutes")).isCloseTo(dSeconds / 60.0, within(0.1));
    // By week, every week of the period listed; by agent, the contacts' own or the owner.
    as("AGENT")
        .queryParam("segment", segment)
        .get("/api/metrics/response-time" + period + "&groupBy=week")
        .then()
        .statusCode(200)
        .body("groups.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
    // A contact is not about a touchpoint here.
    as("AGENT")
        .get("/api/metrics/compliance?touchpointId=1")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("touchpointId"));
  }

  private static String tokyoAt(java.time.LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atOffset(java.time.ZoneOffset.ofHours(9)).toString();
  }

  private void reply(long customer, long to, String at) {
    Api.created(
        base,
        "/api/interactions",
        Json.createObjectBuilder()
            .add("customerId", customer)
            .add("channel", "EMAIL")
            .add("direction", "OUTBOUND")
            .add("purpose", "REACTIVE")
            .add("replyTo", to)
            .add("occurredAt", at)
            .add("subject", "回答 " + RUN));
  }

  private JsonPath contactMetric(String metric, String segment, String period) {
    return as("AGENT")
        .queryParam("segment", segment)
        .get("/api/metrics/" + metric + period)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private long inbound(long customer, String channel, String at) {
    return Api.created(
        base,
        "/api/interactions",
        Json.createObjectBuilder()
            .add("customerId", customer)
            .add("channel", channel)
            .add("direction", "INBOUND")
            .add("occurredAt", at)
            .add("subject", "問い合わせ " + RUN));
  }

  private String openCase(long customer, long... interactions) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (long i : interactions) {
      ids.add(i);
    }
    return as("MANAGER")
        .body(
            Json.createObjectBuilder()
                .add("customerId", customer)
                .add("type", "QUESTION")
                .add("subject", "ケース " + RUN)
                .add("interactionIds", ids)
                .build()
                .toString())
        .post("/api/cases")
        .then()
        .statusCode(201)
        .extract()
        .header("Location");
  }

  private JsonPath caseMetric(String metric, String segment, String day) {
    return as("AGENT")
        .queryParam("segment", segment)
        .get("/api/metrics/" + metric + "?from=" + day + "&to=" + day)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private void purchase(long customer, String at, String amount, String currency) {
    as("MANAGER")
        .body(
            Json.createObjectBuilder()
                .add("customerId", customer)
                .add("purchasedAt", at)
                .add("amount", new java.math.BigDecimal(amount))
                .add("currency", currency)
                .add("item", "品 " + RUN)
                .build()
                .toString())
        .post("/api/purchases")
        .then()
        .statusCode(201);
  }

  private static String benchmark(String metric, String kind, String name, String value) {
    return Json.createObjectBuilder()
        .add("metric", metric)
        .add("kind", kind)
        .add("name", name)
        .add("value", new java.math.BigDecimal(value))
        .build()
        .toString();
  }

  private long customer(String segment, String lifecycle, String since, String churnedOn) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", "維持 顧客 " + RUN)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", lifecycle)
            .add("customerSince", since)
            .add("segments", Json.createArrayBuilder().add(segment));
    if (churnedOn != null) {
      b.add("churnedOn", churnedOn);
    }
    return Api.created(base, "/api/customers", b);
  }

  private RequestSpecification as(String role) {
    return given().spec(Api.withRole(base, role));
  }
}
