package dev.cxcrm.web.it;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * REST access to a deployed application as an API client would do it: an administrator creates an
 * API key with HTTP Basic ({@code POST /api/api-keys}, password from env {@code
 * CRM_ADMIN_PASSWORD}), then every call carries {@code Authorization: Bearer <key>}. One key per
 * base URL and role is created and reused.
 */
public final class Api {
  public static final String ADMIN_USER = "admin";
  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

  private Api() {}

  /** Unauthenticated requests against the application at {@code base}. */
  public static RequestSpecification anonymous(URL base) {
    return new RequestSpecBuilder().setBaseUri(root(base)).build();
  }

  /** Requests as an API client holding an ADMIN key. */
  public static RequestSpecification asAdmin(URL base) {
    return withRole(base, "ADMIN");
  }

  /** Requests as an API client holding a key with the given role. */
  public static RequestSpecification withRole(URL base, String role) {
    String key = KEYS.computeIfAbsent(root(base) + "|" + role, k -> createKey(base, role));
    return new RequestSpecBuilder()
        .setBaseUri(root(base))
        .addHeader("Authorization", "Bearer " + key)
        .setAccept(ContentType.JSON)
        .setContentType(ContentType.JSON)
        .build();
  }

  /** Creates a record as an ADMIN client with a POST to {@code path}; returns the new id. */
  public static long created(URL base, String path, jakarta.json.JsonObjectBuilder body) {
    return given()
        .spec(asAdmin(base))
        .body(body.build().toString())
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Creates a fresh API key and returns it (the secret is shown only in this answer). */
  public static String createKey(URL base, String role) {
    if (!role.matches("[A-Z_]+")) {
      throw new IllegalArgumentException("Not a role name: " + role);
    }
    Response response =
        given()
            .baseUri(root(base))
            .auth()
            .preemptive()
            .basic(ADMIN_USER, adminPassword())
            .contentType(ContentType.JSON)
            .accept(ContentType.JSON)
            .body(
                "{\"name\":\"it-"
                    + role.toLowerCase(Locale.ROOT)
                    + "-"
                    + Long.toString(System.nanoTime(), 36)
                    + "\",\"role\":\""
                    + role
                    + "\"}")
            .when()
            .post("/api/api-keys");
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "POST /api/api-keys as admin answered "
              + response.statusCode()
              + ", expected 201: "
              + response.asString());
    }
    String key = response.jsonPath().getString("key");
    if (key == null || key.isBlank()) {
      throw new AssertionError(
          "POST /api/api-keys answered 201 without a key: " + response.asString());
    }
    return key;
  }

  public static String adminPassword() {
    String password = System.getenv("CRM_ADMIN_PASSWORD");
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "CRM_ADMIN_PASSWORD is not set (failsafe sets it for the tests).");
    }
    return password;
  }

  /**
   * The base URL without a trailing slash, so that paths such as "/api/customers" append cleanly.
   */
  public static String root(URL base) {
    String s = base.toExternalForm();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
