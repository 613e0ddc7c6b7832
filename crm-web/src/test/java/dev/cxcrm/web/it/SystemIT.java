package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What operations and integrators rely on: the root context, health, the API document, metrics, API
 * keys as bearer tokens and problem+json errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @Test
  void theApplicationAnswersAtTheServerRoot() {
    assertThat(base.getPath()).isEqualTo("/");
  }

  @Test
  void readinessIsUpWhenTheDatabaseAnswers() {
    given()
        .spec(Api.anonymous(base))
        .when()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'crm-database' }.status", equalTo("UP"));
  }

  @Test
  void theApiIsDocumentedAsOpenApiInYamlAndJson() {
    given()
        .spec(Api.anonymous(base))
        .when()
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(startsWith("openapi: 3"))
        .body(containsString("CX CRM API"));

    given()
        .spec(Api.anonymous(base))
        .accept("application/json")
        .when()
        .get("/openapi")
        .then()
        .statusCode(200)
        .contentType(containsString("json"))
        .body("openapi", startsWith("3."))
        .body("info.title", equalTo("CX CRM API"))
        .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
        .body("paths.keySet()", hasItem(startsWith("/api/")));
  }

  @Test
  void theApiRefusesARequestWithoutAKeyAsProblemJson() {
    given()
        .spec(Api.anonymous(base))
        .accept("application/json")
        .when()
        .get("/api/customers")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(401));
  }

  @Test
  void anUnknownApiPathAnswers404AsProblemJson() {
    given()
        .spec(Api.asAdmin(base))
        .when()
        .get("/api/no-such-resource")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(404))
        .body("title", notNullValue());
  }

  @Test
  void anApiKeyCreatedByTheAdminIsAcceptedAsBearer() {
    given()
        .spec(Api.asAdmin(base))
        .when()
        .get("/api/customers")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"));
  }

  @Test
  void metricsAnswerInPrometheusText() {
    given()
        .spec(Api.anonymous(base))
        .when()
        .get("/metrics")
        .then()
        .statusCode(200)
        .contentType(containsString("text/plain"))
        .body(containsString("# TYPE "))
        .body(containsString("jvm_uptime_seconds"));
  }

  @Test
  void aBrowserShowsTheReadinessReport() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.open(base, "/health/ready");
      String text = browser.driver().findElement(By.tagName("body")).getText();
      assertThat(text).contains("crm-database").contains("UP");
      Path png = browser.screenshot("system-health-ready");
      byte[] head = new byte[4];
      try (var in = Files.newInputStream(png)) {
        assertThat(in.readNBytes(head, 0, 4)).isEqualTo(4);
      }
      assertThat(head).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
  }
}
