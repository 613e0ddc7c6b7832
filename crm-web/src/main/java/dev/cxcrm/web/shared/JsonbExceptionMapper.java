package dev.cxcrm.web.shared;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B's own failure when it reads a body it cannot bind: the client's mistake, a 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
  @Override
  public Response toResponse(JsonbException e) {
    return MalformedJsonMapper.malformed();
  }
}
