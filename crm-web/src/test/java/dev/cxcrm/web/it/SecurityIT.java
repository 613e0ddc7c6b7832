package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guarantees other systems and auditors rely on: passwords only where the spec allows them,
 * keys that stop working when revoked and never show their secret twice, guessing slowed down
 * without telling whether a user exists, and the protective headers and cookie flags on every
 * answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final String GUESSED_USER = "nobody-" + RUN;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void an_administrators_password_opens_key_creation_only_and_no_other_api_call() {
    given()
        .spec(Api.anonymous(base))
        .auth()
        .preemptive()
        .basic(Api.ADMIN_USER, Api.adminPassword())
        .when()
        .get("/api/customers")
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"))
        .header("WWW-Authenticate", containsString("Bearer"));
  }

  @Test
  void only_an_admin_key_manages_keys() {
    given()
        .spec(Api.withRole(base, "MANAGER"))
        .when()
        .get("/api/api-keys")
        .then()
        .statusCode(403)
        .contentType(containsString("application/problem+json"));
    given()
        .spec(Api.withRole(base, "AGENT"))
        .body("{\"name\":\"x-" + RUN + "\",\"role\":\"ADMIN\"}")
        .when()
        .post("/api/api-keys")
        .then()
        .statusCode(403);
  }

  @Test
  void a_key_is_shown_once_listed_without_its_secret_and_refused_after_revocation() {
    String name = "revoke-" + RUN;
    Response created =
        given()
            .spec(Api.asAdmin(base))
            .body("{\"name\":\"" + name + "\",\"role\":\"AGENT\"}")
            .when()
            .post("/api/api-keys");
    created.then().statusCode(201).header("Location", notNullValue());
    String key = created.path("key");
    long id = ((Number) created.path("id")).longValue();
    assertThat(key).startsWith("cxk_").hasSizeGreaterThanOrEqualTo(4 + 43);

    given()
        .spec(Api.anonymous(base))
        .header("Authorization", "Bearer " + key)
        .when()
        .get("/api/customers?limit=1")
        .then()
        .statusCode(200)
        .header("Set-Cookie", nullValue());

    String listing =
        given()
            .spec(Api.asAdmin(base))
            .when()
            .get("/api/api-keys")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(listing).contains(name).doesNotContain(key).doesNotContain(key.substring(4));

    given().spec(Api.asAdmin(base)).when().delete("/api/api-keys/" + id).then().statusCode(204);
    given()
        .spec(Api.anonymous(base))
        .header("Authorization", "Bearer " + key)
        .when()
        .get("/api/customers?limit=1")
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void guessing_is_slowed_and_the_answer_never_tells_whether_the_user_exists() {
    String unknownUserAnswer =
        wrongPassword(GUESSED_USER).then().statusCode(401).extract().asString();
    assertThat(unknownUserAnswer).contains("The user name or the password is wrong.");
    String knownUserAnswer =
        wrongPassword(Api.ADMIN_USER).then().statusCode(401).extract().asString();
    assertThat(knownUserAnswer).isEqualTo(unknownUserAnswer);
    // Five failures per account are free; the sixth locks the account for 2 s, doubling from there.
    for (int i = 2; i <= 6; i++) {
      wrongPassword(GUESSED_USER)
          .then()
          .statusCode(401)
          .body("detail", equalTo("The user name or the password is wrong."));
    }
    wrongPassword(GUESSED_USER)
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .contentType(containsString("application/problem+json"))
        .body("detail", containsString("Too many failed sign-ins"));
  }

  @Test
  void every_answer_carries_the_protective_headers_and_the_login_page_a_safe_cookie() {
    for (String path : List.of("/login.xhtml", "/api/customers", "/health/ready")) {
      given()
          .spec(Api.anonymous(base))
          .redirects()
          .follow(false)
          .when()
          .get(path)
          .then()
          .header("X-Content-Type-Options", "nosniff")
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
          .header("Referrer-Policy", notNullValue());
    }
    Response login = given().spec(Api.anonymous(base)).when().get("/login.xhtml");
    login.then().statusCode(200).body(containsString("login:username"));
    String cookie = Objects.requireNonNullElse(login.header("Set-Cookie"), "");
    assertThat(cookie)
        .contains("JSESSIONID")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void a_page_needs_a_signed_in_user() {
    given()
        .spec(Api.anonymous(base))
        .redirects()
        .follow(false)
        .when()
        .get("/customers.xhtml")
        .then()
        .statusCode(302)
        .header("Location", containsString("/login.xhtml"))
        .body(not(containsString("顧客一覧")));
  }

  private Response wrongPassword(String user) {
    return given()
        .spec(Api.anonymous(base))
        .auth()
        .preemptive()
        .basic(user, "not-the-password-" + RUN)
        .contentType(ContentType.JSON)
        .body("{\"name\":\"never\",\"role\":\"ADMIN\"}")
        .when()
        .post("/api/api-keys");
  }

  /** The guesses made here must not lock later runs out (see TestDatabase). */
  @AfterAll
  static void forgetTheGuesses() throws SQLException {
    TestDatabase.forgetFailedSignIns(GUESSED_USER);
  }
}
