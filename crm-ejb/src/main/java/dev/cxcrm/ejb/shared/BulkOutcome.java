package dev.cxcrm.ejb.shared;

import dev.cxcrm.domain.shared.FieldError;
import java.util.List;

/** What happened to one row of a bulk request (interactions, feedback, purchases, ...). */
public record BulkOutcome(int index, Status status, Long id, List<FieldError> errors) {
  public enum Status {
    /** Logged now. */
    CREATED,
    /** Logged before under the same external id, with the same content: nothing written. */
    EXISTING,
    /** Not logged; errors say why. */
    REJECTED
  }

  public BulkOutcome {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static BulkOutcome rejected(int index, List<FieldError> errors) {
    return new BulkOutcome(index, Status.REJECTED, null, errors);
  }
}
