package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The response standards and the business calendar over HTTP, against the shipped WAR on Payara
 * Micro and PostgreSQL. Each test starts from the mission's defaults (restored before and after),
 * so the tests do not depend on each other or on earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseStandardsApiIT {
  private static final String PROBLEM = "application/problem+json";
  private static final String DEFAULT_CALENDAR =
      "{\"workingDays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],"
          + "\"opensAt\":\"09:00\",\"closesAt\":\"18:00\",\"zone\":\"Asia/Tokyo\"}";
  private static final Map<String, String> DEFAULT_STANDARDS =
      Map.of(
          "EMAIL", "{\"mode\":\"ELAPSED_HOURS\",\"hours\":24}",
          "PHONE", "{\"mode\":\"SAME_BUSINESS_DAY\"}",
          "SMS", "{\"mode\":\"ELAPSED_HOURS\",\"hours\":2}",
          "SOCIAL", "{\"mode\":\"ELAPSED_HOURS\",\"hours\":4}",
          "WEB", "{\"mode\":\"ELAPSED_HOURS\",\"hours\":24}",
          "IN_PERSON", "{\"mode\":\"NO_ANSWER\"}");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  private RequestSpecification manager() {
    return Api.withRole(base, "MANAGER");
  }

  private RequestSpecification agent() {
    return Api.withRole(base, "AGENT");
  }

  @BeforeEach
  @AfterEach
  void restoreTheDefaults() {
    DEFAULT_STANDARDS.forEach(
        (channel, body) ->
            given()
                .spec(Api.asAdmin(base))
                .body(body)
                .put("/api/response-standards/" + channel)
                .then()
                .statusCode(200));
    given()
        .spec(Api.asAdmin(base))
        .body(DEFAULT_CALENDAR)
        .put("/api/business-calendar")
        .then()
        .statusCode(200);
  }

  private void removeHolidaysOf(int year) {
    List<String> dates =
        given()
            .spec(manager())
            .get("/api/business-calendar/holidays?year=" + year)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("date");
    dates.forEach(
        d ->
            given()
                .spec(manager())
                .delete("/api/business-calendar/holidays/" + d)
                .then()
                .statusCode(204));
  }

  private JsonPath deadline(String channel, String receivedAt) {
    return given()
        .spec(agent())
        .queryParam("channel", channel)
        .queryParam("receivedAt", receivedAt)
        .get("/api/response-standards/deadline")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void every_member_of_staff_reads_the_default_standards_of_the_mission() {
    given()
        .spec(agent())
        .get("/api/response-standards")
        .then()
        .statusCode(200)
        .body("channel", contains("EMAIL", "PHONE", "SMS", "SOCIAL", "WEB", "IN_PERSON"))
        .body(
            "mode",
            contains(
                "ELAPSED_HOURS",
                "SAME_BUSINESS_DAY",
                "ELAPSED_HOURS",
                "ELAPSED_HOURS",
                "ELAPSED_HOURS",
                "NO_ANSWER"))
        .body("hours", contains(24, null, 2, 4, 24, null))
        .body("needsAnswer", contains(true, true, true, true, true, false));

    given()
        .spec(agent())
        .get("/api/business-calendar")
        .then()
        .statusCode(200)
        .body("workingDays", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
        .body("opensAt", equalTo("09:00"))
        .body("closesAt", equalTo("18:00"))
        .body("zone", equalTo("Asia/Tokyo"));
  }

  @Test
  void a_manager_sets_sms_to_three_hours_and_everyone_sees_it_and_new_deadlines_follow() {
    given()
        .spec(manager())
        .body("{\"mode\":\"ELAPSED_HOURS\",\"hours\":3}")
        .put("/api/response-standards/SMS")
        .then()
        .statusCode(200)
        .body("channel", equalTo("SMS"))
        .body("hours", equalTo(3));

    given()
        .spec(agent())
        .get("/api/response-standards")
        .then()
        .body("find { it.channel == 'SMS' }.hours", equalTo(3))
        .body("find { it.channel == 'SMS' }.mode", equalTo("ELAPSED_HOURS"));
    assertThat(deadline("SMS", "2026-11-27T17:59:00+09:00").getString("dueAt"))
        .isEqualTo("2026-11-27T20:59:00+09:00");
  }

  @Test
  void business_hours_count_only_open_hours_of_the_stored_calendar() {
    given()
        .spec(manager())
        .body(
            "{\"channel\":\"EMAIL\",\"mode\":\"BUSINESS_HOURS\",\"hours\":4,\"needsAnswer\":true}")
        .put("/api/response-standards/EMAIL")
        .then()
        .statusCode(200)
        .body("mode", equalTo("BUSINESS_HOURS"))
        .body("hours", equalTo(4));

    // Friday 17:00: one hour on Friday, three on Monday.
    assertThat(deadline("EMAIL", "2026-11-27T17:00:00+09:00").getString("dueAt"))
        .isEqualTo("2026-11-30T12:00:00+09:00");

    // Six days a week, 10:00-16:00, in New York.
    given()
        .spec(manager())
        .body(
            "{\"workingDays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\"],"
                + "\"opensAt\":\"10:00\",\"closesAt\":\"16:00\",\"zone\":\"America/New_York\"}")
        .put("/api/business-calendar")
        .then()
        .statusCode(200)
        .body("workingDays", hasSize(6))
        .body("zone", equalTo("America/New_York"));
    // 2025-03-07 15:00 EST: one hour on Friday, three on Saturday from 10:00 EST.
    assertThat(deadline("EMAIL", "2025-03-07T15:00:00-05:00").getString("dueAt"))
        .isEqualTo("2025-03-08T13:00:00-05:00");
    // A phone call after closing on Saturday 8 March is due Monday at 16:00, after the clocks
    // changed.
    assertThat(deadline("PHONE", "2025-03-08T17:00:00-05:00").getString("dueAt"))
        .isEqualTo("2025-03-10T16:00:00-04:00");
  }

  @Test
  void a_body_that_is_not_json_gets_a_problem_and_changes_nothing() {
    String before =
        given()
            .spec(manager())
            .get("/api/business-calendar")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    for (byte[] body :
        new byte[][] {
          "{".getBytes(java.nio.charset.StandardCharsets.UTF_8),
          "{\"zone\": \"Asia/Tokyo\"".getBytes(java.nio.charset.StandardCharsets.UTF_8),
          new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'},
        }) {
      given()
          .spec(manager())
          .contentType("application/json")
          .body(body)
          .put("/api/business-calendar")
          .then()
          .statusCode(400)
          .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
          // Cut-short JSON is malformed; bytes that are not UTF-8 are read as replacement
          // characters, which name no field: refused either way.
          .body(
              "type",
              org.hamcrest.Matchers.anyOf(
                  org.hamcrest.Matchers.endsWith("malformed-json"),
                  org.hamcrest.Matchers.endsWith("invalid-input")));
      given()
          .spec(manager())
          .contentType("application/json")
          .body(body)
          .post("/api/business-calendar/holidays")
          .then()
          .statusCode(400)
          .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }
    given()
        .spec(manager())
        .get("/api/business-calendar")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.equalTo(before));
  }

  @Test
  void a_phone_call_is_due_the_same_business_day_or_at_the_next_closing() {
    assertThat(deadline("PHONE", "2026-11-27T17:59:00+09:00").getString("dueAt"))
        .isEqualTo("2026-11-27T18:00:00+09:00");
    assertThat(deadline("PHONE", "2026-11-27T18:01:00+09:00").getString("dueAt"))
        .isEqualTo("2026-11-30T18:00:00+09:00");
    JsonPath inPerson = deadline("IN_PERSON", "2026-11-27T12:00:00+09:00");
    assertThat(inPerson.getBoolean("needsAnswer")).isFalse();
    assertThat(inPerson.getString("dueAt")).isNull();
  }

  @Test
  void invalid_standards_are_refused_field_by_field_and_nothing_changes() {
    given()
        .spec(manager())
        .body("{\"mode\":\"ELAPSED_HOURS\",\"hours\":0}")
        .put("/api/response-standards/SMS")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(400))
        .body("errors.field", contains("hours"));
    given()
        .spec(manager())
        .body("{\"mode\":\"BUSINESS_HOURS\"}")
        .put("/api/response-standards/SMS")
        .then()
        .statusCode(400)
        .body("errors.field", contains("hours"));
    given()
        .spec(manager())
        .body("{\"mode\":\"SOMETIMES\",\"hours\":\"two\",\"colour\":\"red\"}")
        .put("/api/response-standards/SMS")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("colour", "mode", "hours"));
    given()
        .spec(manager())
        .body("{\"channel\":\"EMAIL\",\"mode\":\"ELAPSED_HOURS\",\"hours\":3}")
        .put("/api/response-standards/SMS")
        .then()
        .statusCode(400)
        .body("errors.field", contains("channel"));
    given()
        .spec(manager())
        .body("{\"mode\":\"ELAPSED_HOURS\",\"hours\":3}")
        .put("/api/response-standards/FAX")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));

    given()
        .spec(agent())
        .get("/api/response-standards")
        .then()
        .body("find { it.channel == 'SMS' }.hours", equalTo(2));
  }

  @Test
  void an_invalid_calendar_is_refused_field_by_field_and_nothing_changes() {
    given()
        .spec(manager())
        .body(
            "{\"workingDays\":[],\"opensAt\":\"18:00\",\"closesAt\":\"09:00\",\"zone\":\"Mars/Olympus\"}")
        .put("/api/business-calendar")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("workingDays", "closesAt", "zone"))
        .body("errors.find { it.field == 'closesAt' }.message", notNullValue());
    given()
        .spec(manager())
        .body(
            "{\"workingDays\":[\"FUNDAY\"],\"opensAt\":\"9 o'clock\",\"closesAt\":\"18:00\",\"zone\":\"+09:00\"}")
        .put("/api/business-calendar")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("workingDays[0]"))
        .body("errors.field", hasItem("opensAt"));
    given()
        .spec(manager())
        .body("[1,2]")
        .put("/api/business-calendar")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM));

    given()
        .spec(agent())
        .get("/api/business-calendar")
        .then()
        .body("workingDays", hasSize(5))
        .body("opensAt", equalTo("09:00"))
        .body("closesAt", equalTo("18:00"))
        .body("zone", equalTo("Asia/Tokyo"));
  }

  @Test
  void agents_read_but_may_change_nothing() {
    given().spec(agent()).get("/api/business-calendar/holidays?year=2026").then().statusCode(200);
    given()
        .spec(agent())
        .body("{\"mode\":\"ELAPSED_HOURS\",\"hours\":1}")
        .put("/api/response-standards/SMS")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    given()
        .spec(agent())
        .body(DEFAULT_CALENDAR)
        .put("/api/business-calendar")
        .then()
        .statusCode(403);
    given()
        .spec(agent())
        .body("{\"date\":\"2031-01-02\",\"name\":\"初売り\"}")
        .post("/api/business-calendar/holidays")
        .then()
        .statusCode(403);
    given()
        .spec(agent())
        .post("/api/business-calendar/holidays/japan?year=2031")
        .then()
        .statusCode(403);
    given()
        .spec(agent())
        .delete("/api/business-calendar/holidays/2031-01-01")
        .then()
        .statusCode(403);
    given().spec(Api.anonymous(base)).get("/api/response-standards").then().statusCode(401);

    given()
        .spec(agent())
        .get("/api/response-standards")
        .then()
        .body("find { it.channel == 'SMS' }.hours", equalTo(2));
    given()
        .spec(agent())
        .get("/api/business-calendar/holidays?year=2031")
        .then()
        .body("", hasSize(0));
  }

  @Test
  void japans_holidays_of_2026_are_added_once_and_move_the_phone_deadline() {
    removeHolidaysOf(2026);

    given()
        .spec(manager())
        .post("/api/business-calendar/holidays/japan?year=2026")
        .then()
        .statusCode(200)
        .body("year", equalTo(2026))
        .body("added", equalTo(18));
    given()
        .spec(agent())
        .get("/api/business-calendar/holidays?year=2026")
        .then()
        .statusCode(200)
        .body("", hasSize(18))
        .body("find { it.date == '2026-09-22' }.name", equalTo("国民の休日"))
        .body("find { it.date == '2026-05-06' }.name", equalTo("振替休日"))
        .body("date[0]", equalTo("2026-01-01"));
    given()
        .spec(manager())
        .post("/api/business-calendar/holidays/japan?year=2026")
        .then()
        .statusCode(200)
        .body("added", equalTo(0));

    // Friday evening before Labour Thanksgiving Day (Monday 23 November): due Tuesday.
    assertThat(deadline("PHONE", "2026-11-20T18:30:00+09:00").getString("dueAt"))
        .isEqualTo("2026-11-24T18:00:00+09:00");

    removeHolidaysOf(2026);
    assertThat(deadline("PHONE", "2026-11-20T18:30:00+09:00").getString("dueAt"))
        .isEqualTo("2026-11-23T18:00:00+09:00");
  }

  @Test
  void a_holiday_is_added_read_refused_twice_and_removed() {
    given().spec(manager()).delete("/api/business-calendar/holidays/2030-05-07");

    String location =
        given()
            .spec(manager())
            .body("{\"date\":\"2030-05-07\",\"name\":\" 創立記念日 \"}")
            .post("/api/business-calendar/holidays")
            .then()
            .statusCode(201)
            .header(
                "Location",
                startsWith(Api.root(base) + "/api/business-calendar/holidays/2030-05-07"))
            .body("date", equalTo("2030-05-07"))
            .body("name", equalTo("創立記念日"))
            .extract()
            .header("Location");
    given().spec(agent()).get(location).then().statusCode(200).body("name", equalTo("創立記念日"));
    given()
        .spec(manager())
        .body("{\"date\":\"2030-05-07\",\"name\":\"二度目\"}")
        .post("/api/business-calendar/holidays")
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM));
    given()
        .spec(manager())
        .body("{\"date\":\"2030-02-30\",\"name\":\"\"}")
        .post("/api/business-calendar/holidays")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("date"));
    given()
        .spec(manager())
        .body("{\"date\":\"2030-05-08\",\"name\":\"  \"}")
        .post("/api/business-calendar/holidays")
        .then()
        .statusCode(400)
        .body("errors.field", contains("name"));
    given()
        .spec(manager())
        .post("/api/business-calendar/holidays/japan?year=1999")
        .then()
        .statusCode(400)
        .body("errors.field", contains("year"));

    given().spec(manager()).delete(location).then().statusCode(204);
    given().spec(manager()).delete(location).then().statusCode(404);
    given()
        .spec(agent())
        .get("/api/business-calendar/holidays?year=2030")
        .then()
        .body("date", hasSize(0));
  }

  @Test
  void the_openapi_document_describes_the_standards_and_the_calendar() {
    given()
        .spec(Api.anonymous(base))
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/response-standards'.get.summary", notNullValue())
        .body("paths.'/api/response-standards/{channel}'.put.summary", notNullValue())
        .body("paths.'/api/business-calendar/holidays/japan'.post.summary", notNullValue())
        // The mode refers to the ResponseMode schema, which lists the enum's values.
        .body(
            "components.schemas.ResponseStandard.properties.mode.'$ref'",
            equalTo("#/components/schemas/ResponseMode"))
        .body("components.schemas.ResponseMode.enum", hasItem("BUSINESS_HOURS"))
        .body("components.schemas.Holiday", notNullValue())
        .body("paths.'/api/business-calendar'.get.responses.'200'", notNullValue())
        .body("components.schemas.Nothing", nullValue());
  }
}
