package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Feedback through the API on Payara Micro and PostgreSQL, as a survey tool, a review site feed and
 * a help desk push it: recorded once per external id, scores refused outside their scale or when
 * not whole numbers, every bad row of a bulk named, a customer's feedback newest first and latest
 * scores, and the ownership policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackApiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final Instant AT =
      Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void a_survey_answer_pushed_twice_is_recorded_once_and_other_content_is_a_conflict() {
    long customer = customer(null);
    String body =
        survey(customer, 9)
            .add("externalId", "survey-" + RUN)
            .add("text", "とても親切でした")
            .add("themes", Json.createArrayBuilder().add("対応").add("速さ"))
            .build()
            .toString();
    Response first = as("MANAGER").body(body).post("/api/feedback");
    first
        .then()
        .statusCode(201)
        .header("Location", startsWith(Api.root(base)))
        .body("npsGroup", equalTo("PROMOTER"))
        .body("scores.nps", equalTo(9))
        .body("themes", containsInAnyOrder("対応", "速さ"))
        .body("createdBy", startsWith("apikey:"));
    long id = first.jsonPath().getLong("id");
    as("AGENT").get(first.header("Location")).then().statusCode(200).body("id", equalTo((int) id));

    as("MANAGER")
        .body(body)
        .post("/api/feedback")
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id));
    as("MANAGER")
        .body(body.replace("とても親切でした", "普通でした"))
        .post("/api/feedback")
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void scores_outside_their_scale_or_not_whole_are_refused_on_their_path_and_nothing_is_stored() {
    long customer = customer(null);
    String bad =
        "{\"kind\":\"SURVEY\",\"customerId\":"
            + customer
            + ",\"receivedAt\":\""
            + AT
            + "\",\"scores\":{\"nps\":6.5,\"csat\":4,\"ces\":9.0,\"cesScale\":7},\"stars\":3,"
            + "\"mood\":1}";
    as("MANAGER")
        .body(bad)
        .post("/api/feedback")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", hasItem("mood"));
    as("MANAGER")
        .body(bad.replace(",\"mood\":1", ""))
        .post("/api/feedback")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("scores.nps", "scores.ces"));
    as("MANAGER")
        .body(bad.replace(",\"mood\":1", "").replace("6.5", "6").replace("9.0", "8"))
        .post("/api/feedback")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("scores.csatScale", "scores.ces", "stars"))
        .body("toString()", not(org.hamcrest.Matchers.containsString("Exception")));
    as("AGENT")
        .queryParam("customerId", customer)
        .get("/api/feedback")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  @Test
  void a_bulk_answers_every_row_and_a_customers_feedback_reads_newest_first_with_latest_scores() {
    long customer = customer(null);
    var items =
        Json.createArrayBuilder()
            .add(survey(customer, 3).add("receivedAt", AT.minusSeconds(30).toString()))
            .add(
                Json.createObjectBuilder()
                    .add("kind", "REVIEW")
                    .add("customerId", customer)
                    .add("receivedAt", AT.toString())
                    .add("stars", 4)
                    .add("platform", "Google")
                    .add("link", "https://example.jp/review/" + RUN)
                    .add("text", "駅から近くて便利"))
            .add(survey(customer, 12))
            .add(Json.createObjectBuilder().add("kind", "EMAIL").add("customerId", "x"))
            .add(
                Json.createObjectBuilder()
                    .add("kind", "SURVEY")
                    .add("customerId", customer)
                    .add("receivedAt", AT.minusSeconds(10).toString())
                    .add(
                        "scores",
                        Json.createObjectBuilder()
                            .add("csat", 6)
                            .add("csatScale", 7)
                            .add("ces", 2)
                            .add("cesScale", 5)));
    JsonPath answer =
        as("MANAGER")
            .body(Json.createObjectBuilder().add("items", items).build().toString())
            .post("/api/feedback/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.status"))
        .containsExactly("CREATED", "CREATED", "REJECTED", "REJECTED", "CREATED");
    assertThat(answer.getList("results[2].errors.field")).containsExactly("scores.nps");
    assertThat(answer.getList("results[3].errors.field")).contains("customerId");

    JsonPath page =
        as("AGENT")
            .queryParam("customerId", customer)
            .queryParam("limit", 2)
            .get("/api/feedback")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.kind")).containsExactly("REVIEW", "SURVEY");
    assertThat(page.getString("next")).isNotNull();
    JsonPath rest =
        as("AGENT")
            .queryParam("customerId", customer)
            .queryParam("cursor", page.getString("next"))
            .get("/api/feedback")
            .then()
            .extract()
            .jsonPath();
    assertThat(rest.getList("items.scores.nps")).containsExactly(3);
    assertThat(rest.getString("next")).isNull();

    as("AGENT")
        .queryParam("customerId", customer)
        .get("/api/feedback/latest-scores")
        .then()
        .statusCode(200)
        .body("nps", equalTo(3))
        .body("npsGroup", equalTo("DETRACTOR"))
        .body("csat", equalTo(6))
        .body("csatScale", equalTo(7))
        .body("ces", equalTo(2));
    long silent = customer(null);
    as("AGENT")
        .queryParam("customerId", silent)
        .get("/api/feedback/latest-scores")
        .then()
        .statusCode(200)
        .body("nps", nullValue())
        .body("npsGroup", nullValue());
  }

  @Test
  void an_agent_records_only_for_its_own_or_unowned_customers_and_bad_lookups_are_problems()
      throws Exception {
    String other = "fb" + RUN;
    InteractionTestData.agentUser(other, "他の担当 " + RUN);
    long othersCustomer = customer(other);
    as("AGENT")
        .body(survey(othersCustomer, 8).build().toString())
        .post("/api/feedback")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as("AGENT")
        .get("/api/feedback")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("customerId"));
    as("AGENT").get("/api/feedback/0").then().statusCode(404).contentType(startsWith(PROBLEM));
    as("AGENT")
        .queryParam("customerId", 999_999_999_999L)
        .get("/api/feedback/latest-scores")
        .then()
        .statusCode(404);
    given().spec(Api.anonymous(base)).get("/api/feedback/1").then().statusCode(401);
  }

  @Test
  void purchases_and_referrals_are_pushed_once_per_external_id_and_amounts_keep_their_currency() {
    long customer = customer(null);
    long friend = customer(null);
    String order =
        Json.createObjectBuilder()
            .add("customerId", customer)
            .add("purchasedAt", AT.toString())
            .add("amount", 12800)
            .add("currency", "JPY")
            .add("item", "年間保守契約")
            .add("externalId", "order-" + RUN)
            .build()
            .toString();
    Response made = as("MANAGER").body(order).post("/api/purchases");
    made.then().statusCode(201).body("amount", equalTo(12800)).body("currency", equalTo("JPY"));
    as("MANAGER")
        .body(order.replace("12800", "12800.00"))
        .post("/api/purchases")
        .then()
        .statusCode(200)
        .body("id", equalTo(made.jsonPath().getInt("id")));
    as("MANAGER")
        .body(order.replace("12800", "99.5").replace("order-", "half-"))
        .post("/api/purchases")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("amount")));
    as("MANAGER")
        .body(order.replace("12800", "\"12800\"").replace("order-", "text-"))
        .post("/api/purchases")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("amount")));
    JsonPath bulk =
        as("MANAGER")
            .body(
                Json.createObjectBuilder()
                    .add(
                        "items",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("customerId", customer)
                                    .add("purchasedAt", AT.plusSeconds(60).toString())
                                    .add("amount", new java.math.BigDecimal("19.99"))
                                    .add("currency", "USD"))
                            .add(
                                Json.createObjectBuilder()
                                    .add("customerId", customer)
                                    .add("purchasedAt", AT.toString())
                                    .add("amount", 100)
                                    .add("currency", "YEN")))
                    .build()
                    .toString())
            .post("/api/purchases/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(bulk.getList("results.status")).containsExactly("CREATED", "REJECTED");
    assertThat(bulk.getList("results[1].errors.field")).containsExactly("currency");
    as("AGENT")
        .queryParam("customerId", customer)
        .get("/api/purchases")
        .then()
        .statusCode(200)
        .body("items.currency", equalTo(List.of("USD", "JPY")))
        .body("items[0].amount", equalTo(19.99f));

    as("MANAGER")
        .body(
            Json.createObjectBuilder()
                .add("referrerId", customer)
                .add("referredAt", AT.toString())
                .add("referredCustomerId", friend)
                .build()
                .toString())
        .post("/api/referrals")
        .then()
        .statusCode(201)
        .body("status", equalTo("RECEIVED"));
    as("MANAGER")
        .body(
            Json.createObjectBuilder()
                .add("referrerId", customer)
                .add("referredAt", AT.toString())
                .add("status", "WON")
                .build()
                .toString())
        .post("/api/referrals")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"));
    as("AGENT")
        .queryParam("referrerId", customer)
        .get("/api/referrals")
        .then()
        .statusCode(200)
        .body("items.referredCustomerId", equalTo(List.of((int) friend)));
  }

  @Test
  void a_detractor_opens_one_follow_up_in_the_managers_queue_closed_under_if_match()
      throws Exception {
    long customer = customer(null);
    String body =
        survey(customer, 2)
            .add("receivedAt", Instant.now().minusSeconds(60).toString())
            .add("text", "二度と使わない")
            .add("externalId", "loop-" + RUN)
            .build()
            .toString();
    long feedbackId = as("MANAGER").body(body).post("/api/feedback").jsonPath().getLong("id");
    as("MANAGER").body(body).post("/api/feedback").then().statusCode(200);
    List<Long> opened = InteractionTestData.followUpsOf(feedbackId);
    assertThat(opened).as("one follow-up however often the answer is pushed").hasSize(1);
    long id = opened.get(0);
    as("MANAGER")
        .queryParam("scope", "managers")
        .get("/api/follow-ups")
        .then()
        .statusCode(200)
        .body("items.assignee", everyItem(nullValue()));
    as("AGENT").queryParam("scope", "managers").get("/api/follow-ups").then().statusCode(403);

    Response read = as("MANAGER").get("/api/follow-ups/" + id);
    read.then().statusCode(200).body("status", equalTo("OPEN")).body("text", equalTo("二度と使わない"));
    as("MANAGER")
        .body("{\"action\":\"\"}")
        .header("If-Match", read.header("ETag"))
        .post("/api/follow-ups/" + id + "/done")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("action", "outcome"));
    as("MANAGER")
        .body("{\"action\":\"お電話でお詫び\",\"outcome\":\"返金で合意\"}")
        .header("If-Match", "\"99\"")
        .post("/api/follow-ups/" + id + "/done")
        .then()
        .statusCode(412);
    as("MANAGER")
        .body("{\"action\":\"お電話でお詫び\",\"outcome\":\"返金で合意\"}")
        .header("If-Match", read.header("ETag"))
        .post("/api/follow-ups/" + id + "/done")
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE"))
        .body("closedBy", startsWith("apikey:"));

    // The recovery rate: for managers, with its sample size; no rate without a next answer.
    as("AGENT").get("/api/follow-ups/recovery").then().statusCode(403);
    as("MANAGER")
        .queryParam("from", "2026-13-01")
        .get("/api/follow-ups/recovery")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));
    JsonPath before =
        as("MANAGER").get("/api/follow-ups/recovery").then().statusCode(200).extract().jsonPath();
    as("MANAGER")
        .body(
            survey(customer, 9)
                .add("receivedAt", Instant.now().minusSeconds(5).toString())
                .build()
                .toString())
        .post("/api/feedback")
        .then()
        .statusCode(201);
    JsonPath after =
        as("MANAGER").get("/api/follow-ups/recovery").then().statusCode(200).extract().jsonPath();
    assertThat(after.getInt("n")).isEqualTo(before.getInt("n") + 1);
    assertThat(after.getInt("recovered")).isEqualTo(before.getInt("recovered") + 1);
    assertThat(after.getDouble("rate")).isBetween(0.0, 100.0);
    // The metric of the same days, from its rollup, says the same as the report over the answers.
    JsonPath metric =
        as("AGENT")
            .queryParam("from", after.getString("from"))
            .queryParam("to", after.getString("to"))
            .get("/api/metrics/recovery")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(metric.getInt("n")).isEqualTo(after.getInt("n"));
    assertThat(metric.getInt("parts.recovered")).isEqualTo(after.getInt("recovered"));
    assertThat(metric.getInt("parts.pending")).isEqualTo(after.getInt("pending"));
  }

  @Test
  void the_same_answer_pushed_eight_times_at_once_is_one_record_with_one_follow_up()
      throws Exception {
    long customer = customer(null);
    String body =
        survey(customer, 1)
            .add("receivedAt", Instant.now().minusSeconds(30).toString())
            .add("externalId", "race-" + RUN)
            .build()
            .toString();
    RequestSpecification manager = Api.withRole(base, "MANAGER");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        answers.add(
            pool.submit(() -> given().spec(manager).body(body).post("/api/feedback").statusCode()));
      }
      List<Integer> codes = new java.util.ArrayList<>();
      for (var a : answers) {
        codes.add(a.get());
      }
      assertThat(codes).as("created once, found or told to repeat otherwise").contains(201);
      assertThat(codes).allMatch(c -> c == 201 || c == 200 || c == 409);
      assertThat(codes.stream().filter(c -> c == 201)).hasSize(1);
    } finally {
      pool.shutdown();
    }
    // A retry after the race finds the one record.
    long id =
        as("MANAGER")
            .body(body)
            .post("/api/feedback")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    assertThat(
            as("AGENT")
                .queryParam("customerId", customer)
                .get("/api/feedback")
                .jsonPath()
                .getList("items.id"))
        .containsExactly((int) id);
    assertThat(InteractionTestData.followUpsOf(id)).hasSize(1);
  }

  private JsonObjectBuilder survey(long customer, int nps) {
    return Json.createObjectBuilder()
        .add("kind", "SURVEY")
        .add("customerId", customer)
        .add("receivedAt", AT.toString())
        .add("scores", Json.createObjectBuilder().add("nps", nps));
  }

  private long customer(String owner) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", "声 " + RUN)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", "ACTIVE");
    if (owner != null) {
      body.add("owner", owner);
    }
    return Api.created(base, "/api/customers", body);
  }

  private RequestSpecification as(String role) {
    return given().spec(Api.withRole(base, role));
  }
}
