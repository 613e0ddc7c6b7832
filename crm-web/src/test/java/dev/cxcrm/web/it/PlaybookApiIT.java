package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * Playbooks and their tasks through the API on Payara Micro and PostgreSQL: managers change the
 * seeded playbooks under If-Match, a new customer's steps become tasks at once, tasks are done (a
 * proactive contact on the timeline), skipped and rescheduled, and planning again, after a restart
 * or downtime, never makes a task twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlaybookApiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void the_seeded_playbooks_are_read_by_everyone_and_changed_by_managers_under_if_match() {
    JsonPath all = as("AGENT").get("/api/playbooks").then().statusCode(200).extract().jsonPath();
    assertThat(all.getList("items.relationshipType")).hasSize(8);
    Map<String, Object> dedicated =
        all.getMap("items.find { it.relationshipType == 'DEDICATED_PERSONAL_ASSISTANCE' }");
    assertThat(dedicated.get("assignment")).isEqualTo("OWNER");
    assertThat(all.getList("items.find { it.relationshipType == 'LONG_TERM' }.steps.nameEn"))
        .contains("Service reminder");
    assertThat(all.getList("items.find { it.relationshipType == 'TRANSACTIONAL' }.steps"))
        .as("nothing personal")
        .isEmpty();

    Response community = as("MANAGER").get("/api/playbooks/COMMUNITY");
    community.then().statusCode(200);
    String etag = community.header("ETag");
    String team = "{\"assignment\":\"TEAM\"}";
    as("AGENT")
        .header("If-Match", etag)
        .body(team)
        .put("/api/playbooks/COMMUNITY")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as("MANAGER")
        .header("If-Match", "\"999999\"")
        .body(team)
        .put("/api/playbooks/COMMUNITY")
        .then()
        .statusCode(412);
    as("MANAGER")
        .header("If-Match", etag)
        .body(team)
        .put("/api/playbooks/COMMUNITY")
        .then()
        .statusCode(200)
        .body("assignment", equalTo("TEAM"));
    Response dedicatedNow = as("MANAGER").get("/api/playbooks/DEDICATED_PERSONAL_ASSISTANCE");
    as("MANAGER")
        .header("If-Match", dedicatedNow.header("ETag"))
        .body(team)
        .put("/api/playbooks/DEDICATED_PERSONAL_ASSISTANCE")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("assignment"));
    as("AGENT")
        .get("/api/playbooks/NO_SUCH_TYPE")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));

    // A step: refused with every broken rule, added, then retired (so the planner leaves it be).
    as("MANAGER")
        .body(
            Json.createObjectBuilder()
                .add("trigger", "DAYS_BEFORE_DATE")
                .add("amount", 400)
                .add("nameJa", "テスト")
                .build()
                .toString())
        .post("/api/playbooks/CO_CREATION/steps")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("amount", "dateKind", "nameEn"));
    JsonObjectBuilder step =
        Json.createObjectBuilder()
            .add("trigger", "EVERY_MONTHS")
            .add("amount", 2)
            .add("nameJa", "お試し " + RUN)
            .add("nameEn", "Trial " + RUN)
            .add("active", true);
    Response added =
        as("MANAGER").body(step.build().toString()).post("/api/playbooks/CO_CREATION/steps");
    added
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/playbooks/CO_CREATION/steps/\\d+"))
        .body("relationshipType", equalTo("CO_CREATION"));
    String location = added.header("Location");
    as("MANAGER")
        .header("If-Match", added.header("ETag"))
        .body(
            Json.createObjectBuilder()
                .add("trigger", "EVERY_MONTHS")
                .add("amount", 2)
                .add("nameJa", "お試し " + RUN)
                .add("nameEn", "Trial " + RUN)
                .add("active", false)
                .build()
                .toString())
        .put(location)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    as("AGENT")
        .get("/api/playbooks/CO_CREATION")
        .then()
        .body("steps.nameEn", hasItem("Trial " + RUN));
  }

  @Test
  void a_new_customers_steps_become_tasks_that_are_done_skipped_and_rescheduled() throws Exception {
    String owner = "pb" + RUN;
    InteractionTestData.agentUser(owner, "担当 " + RUN);
    LocalDate since = TODAY.minusMonths(3).plusDays(3);
    long customer =
        customer(
            "DEDICATED_PERSONAL_ASSISTANCE",
            owner,
            since,
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("kind", "BIRTHDAY")
                        .add("date", TODAY.plusDays(5).withYear(1985).toString())));
    JsonPath open =
        as("MANAGER")
            .get("/api/tasks?customerId=" + customer)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(open.getList("items.stepNameEn"))
        .containsExactly("Birthday greeting", "Quarterly check-in");
    assertThat(open.getList("items.dueOn"))
        .as("the birthday is 5 days away, inside its 7-day lead: due today")
        .containsExactly(TODAY.toString(), since.plusMonths(3).toString());
    assertThat(open.getList("items.assignee")).containsOnly(owner);
    assertThat(open.getList("items.channel")).containsOnly("EMAIL");
    assertThat(open.getList("items.contactFrom")).containsOnly("10:00");
    assertThat(open.getList("items.contactUntil")).containsOnly("17:00");
    assertThat(open.getList("items.outsideContactHours", Boolean.class))
        .as("an e-mail never waits for the hours")
        .containsOnly(false);
    long greeting = open.getLong("items[0].id");
    long checkIn = open.getLong("items[1].id");

    Response read = as("MANAGER").get("/api/tasks/" + greeting);
    String etag = read.header("ETag");
    as("MANAGER")
        .header("If-Match", "\"999\"")
        .body("{}")
        .post("/api/tasks/" + greeting + "/done")
        .then()
        .statusCode(412);
    as("AGENT")
        .header("If-Match", etag)
        .body("{}")
        .post("/api/tasks/" + greeting + "/done")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    Response done =
        as("MANAGER")
            .header("If-Match", etag)
            .body(Json.createObjectBuilder().add("outcome", "喜ばれた").build().toString())
            .post("/api/tasks/" + greeting + "/done");
    done.then().statusCode(200).body("status", equalTo("DONE"));
    long contact = done.jsonPath().getLong("interactionId");
    as("MANAGER")
        .get("/api/interactions/" + contact)
        .then()
        .body("purpose", equalTo("PROACTIVE"))
        .body("direction", equalTo("OUTBOUND"))
        .body("subject", equalTo("お誕生日のご挨拶"))
        .body("outcome", equalTo("喜ばれた"));
    as("MANAGER")
        .header("If-Match", done.header("ETag"))
        .body("{\"reason\":\"二度目\"}")
        .post("/api/tasks/" + greeting + "/skip")
        .then()
        .statusCode(409);

    String checkInTag = as("MANAGER").get("/api/tasks/" + checkIn).header("ETag");
    as("MANAGER")
        .header("If-Match", checkInTag)
        .body("{\"reason\":\"  \"}")
        .post("/api/tasks/" + checkIn + "/skip")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("reason"));
    as("MANAGER")
        .header("If-Match", checkInTag)
        .body("{\"dueOn\":\"" + TODAY.minusDays(1) + "\"}")
        .post("/api/tasks/" + checkIn + "/reschedule")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("dueOn"));
    as("MANAGER")
        .header("If-Match", checkInTag)
        .body("{\"dueOn\":\"" + TODAY.plusDays(20) + "\",\"reason\":\"出張中\"}")
        .post("/api/tasks/" + checkIn + "/reschedule")
        .then()
        .statusCode(200)
        .body("dueOn", equalTo(TODAY.plusDays(20).toString()))
        .body("reason", equalTo("出張中"))
        .body("status", equalTo("OPEN"));
    as("MANAGER")
        .get("/api/tasks?scope=bogus")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void planning_again_after_a_restart_or_downtime_makes_no_task_twice() throws Exception {
    // A long-term customer whose half-yearly service reminder fell due five days ago.
    LocalDate since = TODAY.minusMonths(6).minusDays(5);
    long customer = customer("LONG_TERM", null, since, Json.createArrayBuilder());
    assertThat(tasksOf(customer)).as("a new customer's steps are planned from today").isEmpty();

    plan();
    plan();
    assertThat(tasksOf(customer)).isEmpty();
    int before = allTasks();

    // The planner was down for three weeks: the next run plans the days it missed, once.
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "update planner_lease set planned_through = ? where name = 'tasks'")) {
      s.setObject(1, TODAY.minusDays(21));
      s.executeUpdate();
    }
    plan();
    assertThat(tasksOf(customer)).containsExactly(since.plusMonths(6) + ":OPEN");
    int after = allTasks();
    plan();
    plan();
    assertThat(allTasks()).isEqualTo(after).isGreaterThan(before);
    assertThat(tasksOf(customer)).containsExactly(since.plusMonths(6) + ":OPEN");
  }

  @Test
  void the_proactive_share_of_a_day_counts_its_outbound_contacts_and_no_tasks_is_no_coverage() {
    // A day of its own in the past, so that other tests' and runs' contacts do not count.
    LocalDate day = LocalDate.of(1996, 1, 2).plusDays(new Random().nextInt(4000));
    long customer =
        customer("LONG_TERM", null, LocalDate.of(1990, 1, 1), Json.createArrayBuilder());
    String at = day + "T10:00:00+09:00";
    for (String purpose : List.of("PROACTIVE", "PROACTIVE", "REACTIVE")) {
      as("MANAGER")
          .body(
              Json.createObjectBuilder()
                  .add("customerId", customer)
                  .add("channel", "EMAIL")
                  .add("direction", "OUTBOUND")
                  .add("occurredAt", at)
                  .add("purpose", purpose)
                  .build()
                  .toString())
          .post("/api/interactions")
          .then()
          .statusCode(201);
    }
    String body =
        as("MANAGER")
            .get("/api/proactive-figures?from=" + day + "&to=" + day + "&by=type")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonPath f = JsonPath.from(body);
    assertThat(f.getInt("total.outbound")).isEqualTo(3);
    assertThat(f.getInt("total.proactive")).isEqualTo(2);
    double share =
        Json.createReader(new java.io.StringReader(body))
            .readObject()
            .getJsonObject("total")
            .getJsonNumber("proactiveShare")
            .doubleValue();
    assertThat(share).isEqualTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(f.getInt("total.decided")).isZero();
    assertThat(f.getString("total.coverage")).as("no tasks, no coverage; not 0").isNull();
    assertThat(f.getList("rows.key")).containsExactly("LONG_TERM");
    as("AGENT").get("/api/proactive-figures").then().statusCode(403);
    as("MANAGER")
        .get("/api/proactive-figures?by=week")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM));
  }

  /** Plans now; while the server's own run holds the lease, waits for it. */
  private void plan() throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      Response r = as("MANAGER").post("/api/tasks/planning");
      if (r.statusCode() == 200 || attempt == 30) {
        r.then().statusCode(200).body("plannedThrough", equalTo(TODAY.plusDays(14).toString()));
        return;
      }
      r.then().statusCode(409);
      Thread.sleep(1000);
    }
  }

  private static List<String> tasksOf(long customer) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "select due_on, status from task where customer_id = ? order by due_on, id")) {
      s.setLong(1, customer);
      try (ResultSet r = s.executeQuery()) {
        List<String> out = new java.util.ArrayList<>();
        while (r.next()) {
          out.add(r.getObject(1, LocalDate.class) + ":" + r.getString(2));
        }
        return out;
      }
    }
  }

  private static int allTasks() throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from (select step_id, customer_id, occurrence from task"
                    + " group by step_id, customer_id, occurrence having count(*) = 1) x");
        PreparedStatement all = c.prepareStatement("select count(*) from task");
        ResultSet once = s.executeQuery();
        ResultSet every = all.executeQuery()) {
      once.next();
      every.next();
      assertThat(once.getInt(1))
          .as("no step, customer and occurrence twice")
          .isEqualTo(every.getInt(1));
      return every.getInt(1);
    }
  }

  private long customer(
      String type, String owner, LocalDate since, jakarta.json.JsonArrayBuilder dates) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", "計画 " + type + " " + RUN)
            .add("relationshipType", type)
            .add("lifecycle", "ACTIVE")
            .add("customerSince", since.toString())
            .add("preferredChannel", "EMAIL")
            .add("consent", Json.createObjectBuilder().add("email", true))
            .add("importantDates", dates)
            .add("contactFrom", "10:00")
            .add("contactUntil", "17:00");
    if (owner != null) {
      body.add("owner", owner);
    }
    Response r = as("MANAGER").body(body.build().toString()).post("/api/customers");
    r.then().statusCode(201);
    return r.jsonPath().getLong("id");
  }

  private RequestSpecification as(String role) {
    return given().spec(Api.withRole(base, role));
  }
}
