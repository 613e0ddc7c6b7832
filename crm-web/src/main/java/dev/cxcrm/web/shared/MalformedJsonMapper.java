package dev.cxcrm.web.shared;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or JSON of the wrong types, arrives as a {@link ProcessingException}
 * (not a WebApplicationException): without this it would be a 500.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {
  @Override
  public Response toResponse(ProcessingException e) {
    return malformed();
  }

  static Response malformed() {
    return Problems.response(
        400,
        "malformed-json",
        "Malformed JSON",
        "The request body is not valid JSON of the expected shape.");
  }
}
