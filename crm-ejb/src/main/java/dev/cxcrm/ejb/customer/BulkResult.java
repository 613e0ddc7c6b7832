package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.shared.FieldError;
import java.util.List;

/** What happened to one row of a bulk upsert. */
public record BulkResult(
    int index, Status status, Long id, Integer version, List<FieldError> errors) {
  public enum Status {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
  }

  public BulkResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static BulkResult rejected(int index, List<FieldError> errors) {
    return new BulkResult(index, Status.REJECTED, null, null, errors);
  }
}
