package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Surveys on Payara Micro: definitions through the API (rules named on their fields, versions once
 * invited, If-Match), invitations under consent and fatigue, the personal link answered once over
 * HTTP (two racing submissions store one answer and open one follow-up), an e-mail that arrives at
 * a real SMTP server (GreenMail) with a link that works once and an opt-out link that withdraws the
 * survey consent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyApiIT {
  private static final String RUN = Long.toString(Math.abs(new Random().nextLong()), 36);
  private static final String PROBLEM = "application/problem+json";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The page's nonce, which PrimeFaces' script adds to a form as {@code primefaces.nonce}. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  /** What a stateless page's form carries back: the link's secret. */
  private static final Pattern TOKEN = Pattern.compile("name=\"t\" value=\"([^\"]*)\"");

  private static final Pattern LINK = Pattern.compile("https?://\\S+?(/s/[A-Za-z0-9_-]{43})(\\S*)");

  private static GreenMail smtp;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void mailServer() {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.getInteger("crm.it.smtp.port", 39025), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterAll
  static void stopMailServer() {
    smtp.stop();
  }

  @Test
  void definitions_are_checked_field_by_field_and_versioned_once_anyone_was_invited() {
    as("MANAGER")
        .body(
            survey("二重")
                .add(
                    "questions",
                    Json.createArrayBuilder()
                        .add(question("NPS", null, true))
                        .add(question("NPS", null, true))
                        .add(question("CSAT", 6, false))
                        .add(Json.createObjectBuilder().add("kind", "TEXT").add("ja", "理由")))
                .build()
                .toString())
        .post("/api/surveys")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body(
            "errors.field",
            containsInAnyOrder("questions[1].kind", "questions[2].scale", "questions[3].en"));
    as("AGENT").body(survey("代理").build().toString()).post("/api/surveys").then().statusCode(403);

    Response created =
        as("MANAGER").body(survey("版 " + RUN).build().toString()).post("/api/surveys");
    created.then().statusCode(201).header("ETag", equalTo("\"1\"")).body("number", equalTo(1));
    long id = created.jsonPath().getLong("id");
    as("AGENT").get("/api/surveys").then().statusCode(200).body("items.name", hasItem("版 " + RUN));

    // Changed before anyone was invited: the same version.
    String shorter =
        survey("版 " + RUN)
            .add("questions", Json.createArrayBuilder().add(question("NPS", null, true)))
            .build()
            .toString();
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(shorter)
        .put("/api/surveys/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("number", equalTo(1))
        .body("questions", org.hamcrest.Matchers.hasSize(1));
    as("MANAGER")
        .header("If-Match", "\"1\"")
        .body(shorter)
        .put("/api/surveys/" + id)
        .then()
        .statusCode(412);

    long customer = customer(true, null, null);
    invite(id, customer, "LINK").then().statusCode(201).body("status", equalTo("SENT"));
    as("MANAGER")
        .header("If-Match", "\"2\"")
        .body(survey("版 " + RUN).build().toString())
        .put("/api/surveys/" + id)
        .then()
        .statusCode(200)
        .body("number", equalTo(2))
        .body("questions", org.hamcrest.Matchers.hasSize(3));
    as("AGENT")
        .get("/api/surveys/" + id + "/versions/1")
        .then()
        .statusCode(200)
        .body("questions.kind", containsInAnyOrder("NPS"));
    as("AGENT").get("/api/surveys/" + id + "/versions/9").then().statusCode(404);
  }

  @Test
  void a_link_opens_the_survey_in_the_customers_language_and_says_kindly_when_it_cannot() {
    long survey = newSurvey("言語 " + RUN);
    JsonPath en = invite(survey, customer(true, null, "en"), "LINK").jsonPath();
    assertThat(en.getString("language")).isEqualTo("en");
    String link = en.getString("link");
    assertThat(link).matches(".*/s/[A-Za-z0-9_-]{43}$");
    String path = link.substring(link.indexOf("/s/"));
    page(path)
        .then()
        .statusCode(200)
        .body(containsString("How likely"), containsString("lang=\"en\""));
    // The link is shown once: reading the invitation again never gives it.
    as("AGENT")
        .get("/api/survey-invitations/" + en.getLong("id"))
        .then()
        .statusCode(200)
        .body("link", nullValue());

    page("/s/" + "x".repeat(43))
        .then()
        .statusCode(404)
        .body(
            containsString("ページが見つかりません"),
            not(containsString("at dev.cxcrm")),
            not(containsString("Error report")));
    page("/s/%27%3Bdrop").then().statusCode(404).body(containsString("ページが見つかりません"));

    JsonPath skipped = invite(survey, customer(false, null, null), "LINK").jsonPath();
    assertThat(skipped.getString("status")).isEqualTo("SKIPPED");
    assertThat(skipped.getString("reason")).isEqualTo("NO_SURVEY_CONSENT");
    assertThat(skipped.getString("link")).isNull();

    as("AGENT")
        .body(
            Json.createObjectBuilder()
                .add("surveyId", 999_999_999L)
                .add("customerId", 999_999_999L)
                .add("channel", "FAX")
                .build()
                .toString())
        .post("/api/survey-invitations")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("channel"));
    as("AGENT")
        .body(
            Json.createObjectBuilder()
                .add("surveyId", 999_999_999L)
                .add("customerId", 999_999_999L)
                .add("channel", "LINK")
                .build()
                .toString())
        .post("/api/survey-invitations")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("surveyId", "customerId"));
  }

  @Test
  void two_racing_submissions_of_one_link_store_one_answer_and_open_one_follow_up()
      throws Exception {
    long survey = newSurvey("競合 " + RUN);
    long customer = customer(true, null, null);
    String link = invite(survey, customer, "LINK").jsonPath().getString("link");
    String path = link.substring(link.indexOf("/s/"));
    List<Form> forms = List.of(Form.open(this, path), Form.open(this, path));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Response>> sent = new ArrayList<>();
      for (Form f : forms) {
        Callable<Response> send =
            () -> {
              go.await();
              return f.send(Map.of("answer:questions:0:score", "2"));
            };
        sent.add(pool.submit(send));
      }
      go.countDown();
      for (Future<Response> r : sent) {
        assertThat(r.get().statusCode()).isEqualTo(200);
        assertThat(r.get().asString()).contains("ご回答ありがとうございました");
      }
    } finally {
      pool.shutdownNow();
    }
    JsonPath feedback =
        as("MANAGER").queryParam("customerId", customer).get("/api/feedback").jsonPath();
    assertThat(feedback.getList("items")).hasSize(1);
    assertThat(feedback.getInt("items[0].scores.nps")).isEqualTo(2);
    assertThat(feedback.getString("items[0].kind")).isEqualTo("SURVEY");
    long answer = feedback.getLong("items[0].id");
    List<Object> followUps =
        as("MANAGER")
            .queryParam("scope", "managers")
            .queryParam("limit", 200)
            .get("/api/follow-ups")
            .jsonPath()
            .getList("items.findAll { it.feedbackId == " + answer + " }");
    assertThat(followUps).hasSize(1);
    // A third try, long after: the kind page again, nothing stored.
    page(path).then().statusCode(200).body(containsString("ご回答ありがとうございました"));
    assertThat(
            as("MANAGER")
                .queryParam("customerId", customer)
                .get("/api/feedback")
                .jsonPath()
                .getList("items"))
        .hasSize(1);
  }

  @Test
  void an_invitation_mail_arrives_with_a_link_that_works_once_and_an_opt_out_that_needs_no_sign_in()
      throws Exception {
    long survey = newSurvey("メール " + RUN);
    String address = "kaito." + RUN + "@example.jp";
    long customer = customer(true, address, null);
    JsonPath planned = invite(survey, customer, "EMAIL").jsonPath();
    assertThat(planned.getString("status")).isEqualTo("PLANNED");
    assertThat(planned.getString("link")).isNull();

    MimeMessage mail = null;
    for (int i = 0; i < 150 && mail == null; i++) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals(address)) {
          mail = m;
        }
      }
      Thread.sleep(500);
    }
    assertThat(mail).as("the invitation mail within 75 s").isNotNull();
    assertThat(mail.getSubject()).isEqualTo("ご利用についてのアンケート");
    String body = GreenMailUtil.getBody(mail);
    Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
    assertThat(m.find()).as(body).isTrue();
    String path = m.group(1);
    assertThat(mail.getHeader("List-Unsubscribe")[0]).contains(path + "/opt-out");

    JsonPath sent = as("AGENT").get("/api/survey-invitations/" + planned.getLong("id")).jsonPath();
    assertThat(sent.getString("status")).isEqualTo("SENT");
    // The mail is an outbound, proactive contact on the customer's timeline.
    as("AGENT")
        .get("/api/customers/" + customer + "/timeline")
        .then()
        .statusCode(200)
        .body("items.interaction.subject", hasItem("ご利用についてのアンケート"))
        .body("items.interaction.purpose", hasItem("PROACTIVE"));

    Form form = Form.open(this, path);
    Response done = form.send(Map.of("answer:questions:0:score", "10"));
    assertThat(done.asString()).contains("ご回答ありがとうございました");
    page(path)
        .then()
        .statusCode(200)
        .body(containsString("ご回答ありがとうございました"), not(containsString("answer:send")));

    // The opt-out link asks first (a mail scanner's GET changes nothing), then withdraws on POST.
    Form optOut = Form.open(this, path + "/opt-out");
    assertThat(consent(customer)).isTrue();
    Response withdrawn = optOut.post("optOut", "optOut:confirm", Map.of());
    assertThat(withdrawn.asString()).contains("配信を停止しました");
    assertThat(consent(customer)).isFalse();
    as("AGENT")
        .get("/api/customers/" + customer + "/history")
        .then()
        .body("items.changes.flatten().field", hasItem("consent.survey"));
  }

  @Test
  void an_interview_records_the_scripts_answers_once_and_refuses_a_broken_answer_by_its_question() {
    long survey = newSurvey("面談 " + RUN);
    // No survey consent: the customer answers in person.
    long customer = customer(false, null, null);
    java.util.function.Function<JsonObjectBuilder, Response> record =
        answers ->
            as("AGENT")
                .body(
                    Json.createObjectBuilder()
                        .add("surveyId", survey)
                        .add("customerId", customer)
                        .add("answers", answers)
                        .add("externalId", "call-" + RUN)
                        .build()
                        .toString())
                .post("/api/interviews");
    record
        .apply(Json.createObjectBuilder().add("q1", 6.5).add("q2", 9).add("nope", "x"))
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("errors.field", containsInAnyOrder("answers.q1", "answers.q2", "answers.nope"));
    record
        .apply(Json.createObjectBuilder().add("q1", true))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("answers.q1"));

    Response made = record.apply(Json.createObjectBuilder().add("q1", 4).add("q2", 2));
    made.then()
        .statusCode(201)
        .header("Location", containsString("/api/survey-invitations/"))
        .body("channel", equalTo("INTERVIEW"))
        .body("status", equalTo("ANSWERED"));
    long id = made.jsonPath().getLong("id");
    // A retry is the first interview; nothing more is written.
    record
        .apply(Json.createObjectBuilder().add("q1", 4).add("q2", 2))
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id));
    as("AGENT")
        .get("/api/feedback?customerId=" + customer)
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.hasSize(1))
        .body("items[0].kind", equalTo("INTERVIEW"))
        .body("items[0].scores.nps", equalTo(4))
        .body("items[0].npsGroup", equalTo("DETRACTOR"));
    // An interview is not sent as an invitation.
    as("AGENT")
        .body(
            Json.createObjectBuilder()
                .add("surveyId", survey)
                .add("customerId", customer)
                .add("channel", "INTERVIEW")
                .build()
                .toString())
        .post("/api/survey-invitations")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("channel"));
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A Faces form of one browser session, read from its page: cookies, view state and nonce. */
  private record Form(
      SurveyApiIT it, Map<String, String> cookies, String viewState, String nonce, String token) {
    static Form open(SurveyApiIT it, String path) {
      Response r = it.page(path);
      assertThat(r.statusCode()).isEqualTo(200);
      String html = r.asString();
      Matcher v = VIEW_STATE.matcher(html);
      assertThat(v.find()).as(html).isTrue();
      Matcher n = NONCE.matcher(html);
      Matcher t = TOKEN.matcher(html);
      return new Form(
          it, r.getCookies(), v.group(1), n.find() ? n.group(1) : null, t.find() ? t.group(1) : "");
    }

    Response send(Map<String, String> fields) {
      return post("answer", "answer:send", fields);
    }

    Response post(String form, String button, Map<String, String> fields) {
      RequestSpecification req =
          given()
              .spec(Api.anonymous(it.base))
              .cookies(cookies)
              .contentType("application/x-www-form-urlencoded; charset=UTF-8")
              .formParam(form, form)
              .formParam("jakarta.faces.ViewState", viewState)
              .formParam("t", token)
              .formParam(button, "x");
      if (nonce != null) {
        req.formParam("primefaces.nonce", nonce);
      }
      fields.forEach(req::formParam);
      return req.post("/survey/" + (form.equals("answer") ? "answer" : "opt-out") + ".xhtml");
    }
  }

  private Response page(String path) {
    return given().spec(Api.anonymous(base)).urlEncodingEnabled(false).get(path);
  }

  private boolean consent(long customer) {
    return as("AGENT").get("/api/customers/" + customer).jsonPath().getBoolean("consent.survey");
  }

  private JsonObjectBuilder survey(String name) {
    JsonArrayBuilder questions =
        Json.createArrayBuilder()
            .add(question("NPS", null, true))
            .add(question("CES", 5, false))
            .add(
                Json.createObjectBuilder()
                    .add("kind", "SINGLE")
                    .add("ja", "どこで知りましたか")
                    .add("en", "Where did you hear of us?")
                    .add(
                        "choices",
                        Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("ja", "友人").add("en", "A friend"))
                            .add(Json.createObjectBuilder().add("ja", "広告").add("en", "An ad"))));
    return Json.createObjectBuilder()
        .add("name", name)
        .add("titleJa", "ご利用についてのアンケート")
        .add("titleEn", "About your visit")
        .add("recontactDays", 0)
        .add("questions", questions);
  }

  private static JsonObjectBuilder question(String kind, Integer scale, boolean required) {
    JsonObjectBuilder q =
        Json.createObjectBuilder()
            .add("kind", kind)
            .add("ja", kind + "の質問")
            .add("en", "How likely (" + kind + ")?")
            .add("required", required);
    if (scale != null) {
      q.add("scale", scale);
    }
    return q;
  }

  private long newSurvey(String name) {
    return as("MANAGER")
        .body(survey(name).build().toString())
        .post("/api/surveys")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private Response invite(long survey, long customer, String channel) {
    Response r =
        as("MANAGER")
            .body(
                Json.createObjectBuilder()
                    .add("surveyId", survey)
                    .add("customerId", customer)
                    .add("channel", channel)
                    .build()
                    .toString())
            .post("/api/survey-invitations");
    r.then().statusCode(201);
    return r;
  }

  private long customer(boolean surveys, String email, String language) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("kind", "PERSON")
            .add("name", "回答者 " + RUN)
            .add("relationshipType", "LONG_TERM")
            .add("lifecycle", "ACTIVE")
            .add(
                "consent",
                Json.createObjectBuilder().add("email", email != null).add("survey", surveys));
    if (email != null) {
      body.add("email", email);
    }
    if (language != null) {
      body.add("preferredLanguage", language);
    }
    return Api.created(base, "/api/customers", body);
  }

  private RequestSpecification as(String role) {
    return given().spec(Api.withRole(base, role));
  }
}
