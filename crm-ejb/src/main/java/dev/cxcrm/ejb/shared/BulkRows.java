package dev.cxcrm.ejb.shared;

import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import java.util.List;

/**
 * How a bulk request reports a row it refused, the same for every feature: invalid fields as they
 * are, an external id used before with other content on {@code externalId}, a customer the caller
 * may not change on {@code customerId}. A single create throws instead ({@link #refuse}).
 */
public final class BulkRows {
  private BulkRows() {}

  /**
   * The row's rejection, or, for a single create ({@code single}), the exception itself so that it
   * becomes the whole answer (400, 409 or 403).
   */
  public static BulkOutcome refuse(
      int index, DomainException e, boolean single, String conflictKey) {
    if (single) {
      throw e;
    }
    List<FieldError> errors;
    if (e instanceof InvalidInput invalid) {
      errors = invalid.errors();
    } else if (e instanceof Conflict) {
      errors = List.of(FieldError.of("externalId", conflictKey, e.getMessage()));
    } else if (e instanceof Forbidden) {
      errors = List.of(FieldError.of("customerId", e.problemType(), e.getMessage()));
    } else {
      throw e;
    }
    return BulkOutcome.rejected(index, errors);
  }
}
