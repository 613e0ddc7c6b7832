package dev.cxcrm.web.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: a 500 with a generic text and an incident id that is also in the
 * server log next to the exception. Class names, stack traces and SQL stay on the server.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException wae) {
      return new WebApplicationExceptionMapper().toResponse(wae);
    }
    return internalError(e);
  }

  static Response internalError(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + ": request failed", e);
    return Problems.response(
        500,
        "internal-error",
        "Internal Server Error",
        "The server failed to answer. Incident " + incident + " is logged.");
  }
}
