package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds RFC 9457 problem documents, the one shape of every API error: {@code type} ({@code
 * https://cxcrm.dev/problems/<slug>}), {@code title}, {@code status}, {@code detail} and, for
 * invalid input, {@code errors} as a list of {@code {field, message}}.
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";
  public static final String TYPE_BASE = "https://cxcrm.dev/problems/";

  private Problems() {}

  public static Response response(int status, String slug, String title, String detail) {
    return response(status, slug, title, detail, List.of());
  }

  public static Response response(
      int status, String slug, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(CONTENT_TYPE)
        .entity(json(status, slug, title, detail, errors))
        .build();
  }

  /** For code that runs before JAX-RS (the authentication mechanism, filters). */
  public static void write(
      HttpServletResponse response, int status, String slug, String title, String detail)
      throws IOException {
    byte[] body = json(status, slug, title, detail, List.of()).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(CONTENT_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  static String json(
      int status, String slug, String title, String detail, List<FieldError> errors) {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", TYPE_BASE + slug)
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      problem.add("detail", detail);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      problem.add("errors", list);
    }
    return problem.build().toString();
  }
}
