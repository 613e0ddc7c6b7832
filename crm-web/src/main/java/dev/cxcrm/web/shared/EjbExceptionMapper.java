package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.DomainException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What EJB services throw past their boundary: a role that {@code @RolesAllowed} refuses arrives as
 * {@link AccessLocalException} (403, not 500); a validation failure or a business rule wrapped by
 * the container is unwrapped and mapped as itself.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {
  @Override
  public Response toResponse(EJBException e) {
    if (e instanceof AccessLocalException || e instanceof EJBAccessException) {
      return Problems.response(403, "forbidden", "Forbidden", "Your role does not allow this.");
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        return new DomainExceptionMapper().toResponse(domain);
      }
      if (cause instanceof ConstraintViolationException invalid) {
        return new ConstraintViolationMapper().toResponse(invalid);
      }
    }
    return ThrowableMapper.internalError(e);
  }
}
