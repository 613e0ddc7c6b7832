package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.StaleVersion;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A refused business rule becomes a problem with the status that names its kind. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Override
  public Response toResponse(DomainException e) {
    if (e instanceof InvalidInput invalid) {
      return Problems.response(
          400, e.problemType(), "Invalid input", e.getMessage(), invalid.errors());
    }
    return Problems.response(statusOf(e), e.problemType(), titleOf(e), e.getMessage(), List.of());
  }

  private static int statusOf(DomainException e) {
    if (e instanceof NotFound) {
      return 404;
    }
    if (e instanceof StaleVersion) {
      return 412;
    }
    if (e instanceof Forbidden) {
      return 403;
    }
    if (e instanceof Conflict) {
      return 409;
    }
    return 400;
  }

  private static String titleOf(DomainException e) {
    return switch (statusOf(e)) {
      case 404 -> "Not found";
      case 412 -> "Stale version";
      case 403 -> "Forbidden";
      case 409 -> "Conflict";
      default -> "Bad request";
    };
  }
}
