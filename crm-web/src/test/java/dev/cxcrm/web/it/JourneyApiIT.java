package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
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
 * The journey API as other systems use it, over HTTP against the shipped WAR on Payara Micro and
 * PostgreSQL: the touchpoint catalogue, customers' stages and their history, and the funnel. Every
 * test makes its own rows, marked with this run's token (funnel figures are read for a segment
 * label only this run's customers carry), so earlier runs and other tests do not change them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneyApiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void the_openapi_document_describes_the_journey_api() {
    given()
        .spec(Api.anonymous(base))
        .accept("application/json")
        .when()
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/touchpoints'.get.summary", notNullValue())
        .body("paths.'/api/touchpoints'.post.responses.'201'", notNullValue())
        .body("paths.keySet()", hasItem(matchesPattern("/api/customers/\\{id.*}/stage")))
        .body("paths.keySet()", hasItem(matchesPattern("/api/customers/\\{id.*}/stage-history")))
        .body("paths.'/api/journey/funnel'.get.summary", notNullValue())
        // every /api operation lists its error answers, added once by OpenApiDocument
        .body(
            "paths.'/api/journey/funnel'.get.responses.'400'.content.'application/problem+json'"
                + ".schema.'$ref'",
            equalTo("#/components/schemas/Problem"))
        .body("paths.'/api/journey/funnel'.get.responses.'401'.description", notNullValue())
        .body("paths.'/api/journey/funnel'.get.responses.'403'.description", notNullValue())
        .body("paths.'/api/touchpoints'.post.responses.'401'.description", notNullValue())
        .body("components.schemas.Touchpoint.properties.stage.enum", hasItems("AWARENESS"))
        .body("components.schemas.Customer.properties.stage.readOnly", equalTo(true));
  }

  @Test
  void every_member_of_staff_reads_the_seeded_catalogue_by_stage() {
    as("AGENT")
        .queryParam("stage", "AWARENESS")
        .queryParam("limit", 500)
        .get("/api/touchpoints")
        .then()
        .statusCode(200)
        .body("items.stage", everyItem(equalTo("AWARENESS")))
        .body("items.nameEn", hasItems("Website", "Social media", "Referral", "Local search"))
        .body("items.find { it.nameEn == 'Website' }.nameJa", equalTo("ウェブサイト"))
        .body("items.find { it.nameEn == 'Website' }.channel", equalTo("WEB"))
        .body("items[0].keySet()", not(hasItem("name")));
    as("AGENT")
        .queryParam("stage", "PURCHASE")
        .queryParam("limit", 500)
        .get("/api/touchpoints")
        .then()
        .statusCode(200)
        .body("items.nameEn", hasItems("Contract", "Payment", "Onboarding"))
        .body("items.nameEn", not(hasItem("Website")));
  }

  @Test
  void the_catalogue_pages_by_cursor_without_repeating_a_touchpoint() {
    Response first = as("MANAGER").queryParam("limit", 5).get("/api/touchpoints");
    first.then().statusCode(200).body("items", hasSize(5)).body("next", notNullValue());
    List<Integer> firstIds = first.path("items.id");
    Response second =
        as("MANAGER")
            .queryParam("limit", 5)
            .queryParam("cursor", first.<String>path("next"))
            .get("/api/touchpoints");
    List<Integer> secondIds = second.path("items.id");
    assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
    assertThat(secondIds.get(0)).isGreaterThan(firstIds.get(firstIds.size() - 1));
  }

  @Test
  void a_manager_creates_a_touchpoint_and_changes_it_with_if_match() {
    Response created =
        as("MANAGER")
            .body(touchpoint("展示会" + RUN, "Trade fair " + RUN, "AWARENESS", "IN_PERSON"))
            .post("/api/touchpoints");
    created
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/touchpoints/\\d+"))
        .header("ETag", equalTo("\"1\""))
        .body("nameJa", equalTo("展示会" + RUN))
        .body("active", equalTo(true))
        .body("version", equalTo(1));
    int id = created.path("id");
    assertThat(id).isGreaterThan(50);

    as("AGENT")
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("nameEn", equalTo("Trade fair " + RUN));

    String changed =
        Json.createObjectBuilder()
            .add("id", id)
            .add("version", 1)
            .add("nameJa", "見本市" + RUN)
            .add("nameEn", "Trade show " + RUN)
            .add("stage", "CONSIDERATION")
            .add("channel", "IN_PERSON")
            .add("active", false)
            .build()
            .toString();
    as("MANAGER").body(changed).put("/api/touchpoints/" + id).then().statusCode(428);
    as("MANAGER")
        .header("If-Match", "\"7\"")
        .body(changed)
        .put("/api/touchpoints/" + id)
        .then()
        .statusCode(412)
        .contentType(startsWith(PROBLEM));
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(changed)
        .put("/api/touchpoints/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("nameJa", equalTo("見本市" + RUN))
        .body("stage", equalTo("CONSIDERATION"))
        .body("active", equalTo(false));

    as("AGENT")
        .queryParam("stage", "CONSIDERATION")
        .queryParam("active", "false")
        .queryParam("limit", 500)
        .get("/api/touchpoints")
        .then()
        .body("items.id", hasItem(id))
        .body("items.active", everyItem(equalTo(false)));
  }

  @Test
  void invalid_touchpoints_are_problems_naming_each_field_and_nothing_is_saved() {
    as("MANAGER")
        .body(
            Json.createObjectBuilder()
                .add("nameJa", "不正" + RUN)
                .add("nameEn", " ")
                .add("stage", "LOYALTY")
                .add("colour", "red")
                .build()
                .toString())
        .post("/api/touchpoints")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("colour", "stage"));
    as("MANAGER")
        .body(touchpoint("不正" + RUN, " ", "AWARENESS", null))
        .post("/api/touchpoints")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("nameEn", "channel"));
    as("MANAGER")
        .body(touchpoint("長" + "い".repeat(200), "Long", "AWARENESS", "WEB"))
        .post("/api/touchpoints")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("nameJa"));
    as("MANAGER")
        .queryParam("limit", 500)
        .queryParam("stage", "AWARENESS")
        .get("/api/touchpoints")
        .then()
        .body("items.nameJa", not(hasItem("不正" + RUN)));
    as("MANAGER")
        .queryParam("stage", "NOWHERE")
        .get("/api/touchpoints")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("stage"));
  }

  @Test
  void an_agent_reads_the_catalogue_but_may_not_create_or_change_a_touchpoint() {
    as("AGENT")
        .body(touchpoint("代理" + RUN, "Agent " + RUN, "SERVICE", "PHONE"))
        .post("/api/touchpoints")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    int id =
        as("MANAGER")
            .body(touchpoint("窓口" + RUN, "Desk " + RUN, "SERVICE", "IN_PERSON"))
            .post("/api/touchpoints")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("AGENT")
        .header("If-Match", "\"1\"")
        .body(touchpoint("改名" + RUN, "Renamed " + RUN, "SERVICE", "IN_PERSON"))
        .put("/api/touchpoints/" + id)
        .then()
        .statusCode(403);
    as("AGENT")
        .get("/api/touchpoints/" + id)
        .then()
        .statusCode(200)
        .body("nameJa", equalTo("窓口" + RUN))
        .body("version", equalTo(1));
    as("AGENT")
        .queryParam("limit", 500)
        .queryParam("stage", "SERVICE")
        .get("/api/touchpoints")
        .then()
        .body("items.nameJa", not(hasItem("代理" + RUN)));
  }

  @Test
  void a_stage_move_is_kept_in_the_history_and_shown_in_the_customer() {
    long id = customer("段階 移動" + RUN, null, null);
    as("AGENT")
        .get("/api/customers/" + id)
        .then()
        .body("stage", equalTo("AWARENESS"))
        .body("stageSince", notNullValue());
    as("AGENT")
        .get("/api/customers/" + id + "/stage-history")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));

    as("MANAGER")
        .body("{\"stage\":\"PURCHASE\"}")
        .put("/api/customers/" + id + "/stage")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("customerId", equalTo((int) id))
        .body("stage", equalTo("PURCHASE"))
        .body("stageSince", notNullValue());
    // Reading the stage gives the customer's version as the ETag, as the move did.
    as("AGENT")
        .get("/api/customers/" + id + "/stage")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("version", equalTo(2));
    // The same stage again records nothing.
    as("MANAGER")
        .body("{\"stage\":\"PURCHASE\"}")
        .put("/api/customers/" + id + "/stage")
        .then()
        .statusCode(200)
        .body("stage", equalTo("PURCHASE"));

    as("AGENT")
        .get("/api/customers/" + id + "/stage-history")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].fromStage", equalTo("AWARENESS"))
        .body("items[0].toStage", equalTo("PURCHASE"))
        .body("items[0].changedAt", notNullValue())
        .body("items[0].changedBy", startsWith("apikey:it-manager"));
    Response c = as("AGENT").get("/api/customers/" + id);
    c.then().body("stage", equalTo("PURCHASE")).body("version", equalTo(2));
    // The customer's audit trail tells the move too (once: the repeated move recorded nothing).
    as("AGENT")
        .get("/api/customers/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.changes.flatten().findAll { it.field == 'stage' }", hasSize(1))
        .body("items[0].changes[0].field", equalTo("stage"))
        .body("items[0].changes[0].'old'", equalTo("AWARENESS"))
        .body("items[0].changes[0].'new'", equalTo("PURCHASE"));
    assertThat(c.<String>path("stageSince")).isNotEqualTo(c.<String>path("createdAt"));
  }

  @Test
  void the_customer_put_and_patch_leave_the_stage_alone() {
    long id = customer("段階 読取専用" + RUN, null, null);
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(
            person("段階 読取専用" + RUN)
                .add("email", "stage@example.jp")
                .add("stage", "ADVOCACY")
                .add("stageSince", "2000-01-01T00:00:00Z")
                .build()
                .toString())
        .put("/api/customers/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("email", equalTo("stage@example.jp"))
        .body("stage", equalTo("AWARENESS"))
        .body("stageSince", not(startsWith("2000")));
    as("MANAGER")
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"2\"")
        .body("{\"stage\":\"SERVICE\",\"phone\":\"03-0000-0000\"}")
        .patch("/api/customers/" + id)
        .then()
        .statusCode(200)
        .body("phone", equalTo("03-0000-0000"))
        .body("stage", equalTo("AWARENESS"));
    as("MANAGER").get("/api/customers/" + id + "/stage-history").then().body("items", hasSize(0));
  }

  @Test
  void a_bad_stage_is_a_problem_on_the_stage_field_and_changes_nothing() {
    long id = customer("段階 不正" + RUN, null, null);
    as("MANAGER")
        .body("{\"stage\":\"LOYAL\"}")
        .put("/api/customers/" + id + "/stage")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("stage"));
    as("MANAGER")
        .body("{\"to\":\"PURCHASE\"}")
        .put("/api/customers/" + id + "/stage")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("to"));
    as("MANAGER")
        .body("{}")
        .put("/api/customers/" + id + "/stage")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("stage"));
    as("MANAGER").get("/api/customers/" + id).then().body("stage", equalTo("AWARENESS"));
    as("MANAGER")
        .body("{\"stage\":\"PURCHASE\"}")
        .put("/api/customers/999999999999/stage")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void an_agent_moves_only_its_own_or_unowned_customers() {
    long others = customer("他人の顧客" + RUN, Api.ADMIN_USER, null);
    as("AGENT")
        .body("{\"stage\":\"CONSIDERATION\"}")
        .put("/api/customers/" + others + "/stage")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as("AGENT").get("/api/customers/" + others).then().body("stage", equalTo("AWARENESS"));
    as("AGENT")
        .get("/api/customers/" + others + "/stage-history")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));

    long unowned = customer("担当なし顧客" + RUN, null, null);
    as("AGENT")
        .body("{\"stage\":\"CONSIDERATION\"}")
        .put("/api/customers/" + unowned + "/stage")
        .then()
        .statusCode(200)
        .body("stage", equalTo("CONSIDERATION"));
  }

  /**
   * Four customers of this run's segment: one stays at awareness, one moves to consideration, one
   * through consideration to purchase, one to purchase and back to consideration. Today lies in the
   * default period (the last 90 days), so every move counts.
   */
  @Test
  void the_funnel_counts_this_runs_customers_exactly() {
    String segment = "funnel-" + RUN;
    customer("漏斗 一" + RUN, null, segment);
    long two = customer("漏斗 二" + RUN, null, segment);
    long three = customer("漏斗 三" + RUN, null, segment);
    long four = customer("漏斗 四" + RUN, null, segment);
    move(two, "CONSIDERATION");
    move(three, "CONSIDERATION");
    move(three, "PURCHASE");
    move(four, "PURCHASE");
    move(four, "CONSIDERATION");

    Response funnel = as("AGENT").queryParam("segment", segment).get("/api/journey/funnel");
    funnel
        .then()
        .statusCode(200)
        .body("segment", equalTo(segment))
        .body("total", equalTo(4))
        .body(
            "stages.stage",
            equalTo(List.of("AWARENESS", "CONSIDERATION", "PURCHASE", "SERVICE", "ADVOCACY")))
        .body("stages.count", equalTo(List.of(1, 2, 1, 0, 0)))
        // awareness: all four were there, three moved on
        .body("stages[0].conversionNumerator", equalTo(3))
        .body("stages[0].conversionDenominator", equalTo(4))
        .body("stages[0].conversionRate", closeTo(75.0, 1e-9))
        // consideration: two, three and four were there; only three moved on
        .body("stages[1].conversionNumerator", equalTo(1))
        .body("stages[1].conversionDenominator", equalTo(3))
        .body("stages[1].conversionRate", closeTo(100.0 / 3, 1e-6))
        // purchase: three and four were there; four went back, which is not a conversion
        .body("stages[2].conversionNumerator", equalTo(0))
        .body("stages[2].conversionDenominator", equalTo(2))
        .body("stages[2].conversionRate", closeTo(0.0, 1e-9))
        // nobody at service: no rate, not 0 %
        .body("stages[3].conversionDenominator", equalTo(0))
        .body("stages[3].conversionRate", nullValue())
        .body("stages[4].conversionRate", nullValue())
        // finished stays: three at awareness, one each at consideration and purchase; seconds long
        .body("stages.medianSampleSize", equalTo(List.of(3, 1, 1, 0, 0)))
        .body("stages[0].medianDaysInStage", closeTo(0.0, 0.01))
        .body("stages[3].medianDaysInStage", nullValue());
    assertThat(funnel.jsonPath().getMap("stages[3]")).containsKey("medianDaysInStage");

    as("AGENT")
        .queryParam("segment", segment)
        .queryParam("relationshipType", "COMMUNITY")
        .get("/api/journey/funnel")
        .then()
        .statusCode(200)
        .body("total", equalTo(0))
        .body("stages.count", equalTo(List.of(0, 0, 0, 0, 0)))
        .body("stages[0].conversionRate", nullValue());
  }

  @Test
  void a_period_in_which_nothing_happened_has_counts_but_no_rates() {
    String segment = "funnel-empty-" + RUN;
    customer("漏斗 空" + RUN, null, segment);
    as("MANAGER")
        .queryParam("segment", segment)
        .queryParam("from", "2001-01-01")
        .queryParam("to", "2001-12-31")
        .get("/api/journey/funnel")
        .then()
        .statusCode(200)
        .body("from", equalTo("2001-01-01"))
        .body("to", equalTo("2001-12-31"))
        // the customer exists now, but did not in 2001
        .body("stages.count", equalTo(List.of(1, 0, 0, 0, 0)))
        .body("stages[0].conversionDenominator", equalTo(0))
        .body("stages[0].conversionRate", nullValue())
        .body("stages[0].medianSampleSize", equalTo(0));
  }

  @Test
  void bad_funnel_parameters_are_problems_naming_them() {
    as("AGENT")
        .queryParam("from", "2026-13-01")
        .get("/api/journey/funnel")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", hasItem("from"));
    as("AGENT")
        .queryParam("from", "2026-09-02")
        .queryParam("to", "2026-09-01")
        .get("/api/journey/funnel")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));
    as("AGENT")
        .queryParam("relationshipType", "FRIENDS")
        .get("/api/journey/funnel")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("relationshipType"));
    given()
        .spec(Api.anonymous(base))
        .get("/api/journey/funnel")
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM));
  }

  private void move(long id, String stage) {
    as("MANAGER")
        .body("{\"stage\":\"" + stage + "\"}")
        .put("/api/customers/" + id + "/stage")
        .then()
        .statusCode(200)
        .body("stage", equalTo(stage));
  }

  private long customer(String name, String owner, String segment) {
    JsonObjectBuilder body = person(name);
    if (owner != null) {
      body.add("owner", owner);
    }
    if (segment != null) {
      JsonArrayBuilder segments = Json.createArrayBuilder().add(segment);
      body.add("segments", segments);
    }
    return as("MANAGER")
        .body(body.build().toString())
        .post("/api/customers")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonObjectBuilder person(String name) {
    return Json.createObjectBuilder()
        .add("kind", "PERSON")
        .add("name", name)
        .add("relationshipType", "LONG_TERM")
        .add("lifecycle", "PROSPECT")
        .add("customerSince", "2026-01-01");
  }

  private static String touchpoint(String ja, String en, String stage, String channel) {
    JsonObjectBuilder b =
        Json.createObjectBuilder().add("nameJa", ja).add("nameEn", en).add("stage", stage);
    if (channel != null) {
      b.add("channel", channel);
    }
    return b.build().toString();
  }

  /** Requests with a key of the role; decimals are read as doubles (rates are compared so). */
  private RequestSpecification as(String role) {
    return given()
        .spec(Api.withRole(base, role))
        .config(
            RestAssuredConfig.config()
                .jsonConfig(
                    JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
  }
}
