package dev.cxcrm.web.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * JAX-RS's own refusals (404, 405, 406, 415, 401 and 403 from {@code @RolesAllowed}) keep their
 * status; a refusal that already carries a problem (such as {@link Versions#required}'s 428) is
 * answered as it is.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    if (isProblem(e.getResponse())) {
      return e.getResponse();
    }
    int status = e.getResponse().getStatus();
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "Error" : type.getReasonPhrase();
    if (status >= 500) {
      return ThrowableMapper.internalError(e);
    }
    Response problem = Problems.response(status, slugOf(title), title, detailOf(status));
    if (status == 401) {
      return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
    return problem;
  }

  private static boolean isProblem(Response r) {
    return r.hasEntity()
        && r.getMediaType() != null
        && r.getMediaType().isCompatible(MediaType.valueOf(Problems.MEDIA_TYPE));
  }

  private static String slugOf(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** Fixed texts: the exception's own message may name classes or methods. */
  private static String detailOf(int status) {
    return switch (status) {
      case 401 -> "Send an API key: Authorization: Bearer <key>.";
      case 403 -> "Your role does not allow this.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept this method.";
      case 406 -> "This address cannot answer in the requested media type.";
      case 415 -> "Send the body as application/json.";
      default -> null;
    };
  }
}
