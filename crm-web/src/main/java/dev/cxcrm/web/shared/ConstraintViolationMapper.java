package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures of resource parameters (or of services) become 400 with one error per
 * field. The field is the path the client wrote: the method and parameter names in front are
 * dropped, so {@code create.body.name} is reported as {@code name}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), "constraint", List.of(), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return Problems.response(
        400, "invalid-input", "Invalid input", "The request has invalid fields.", errors);
  }

  static String fieldOf(ConstraintViolation<?> v) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : v.getPropertyPath()) {
      String name = node.getName() == null ? "" : node.getName();
      if (node.getIndex() != null) {
        name = name + "[" + node.getIndex() + "]";
      }
      names.add(name);
    }
    boolean methodCall =
        v.getPropertyPath().iterator().hasNext()
            && v.getPropertyPath().iterator().next().getKind()
                == jakarta.validation.ElementKind.METHOD;
    int skip = methodCall ? Math.min(2, names.size() - 1) : 0;
    return String.join(".", names.subList(skip, names.size()));
  }
}
