package dev.cxcrm.web.customer;

import dev.cxcrm.ejb.customer.BulkResult;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk upsert: one result per row, in the order of the request. */
@Schema(name = "CustomerBulkResults")
public record BulkView(List<Row> results) {

  @Schema(name = "CustomerBulkResult")
  public record Row(
      @Schema(description = "Position of the row in the request, from 0.") int index,
      BulkResult.Status status,
      @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long id,
      @Schema(nullable = true) Integer version,
      @Schema(
              description = "Why the row was rejected; field paths are relative to the row.",
              type = SchemaType.ARRAY,
              implementation = ProblemField.class)
          List<ProblemField> errors) {}

  /** A field error as in a problem's errors list. */
  @Schema(name = "CustomerBulkFieldError")
  public record ProblemField(String field, String message) {}

  /**
   * Request body, documented only: the resource reads it as JSON itself to report each row's
   * errors.
   */
  @Schema(name = "CustomerBulkRequest", description = "items: 1 to 1,000 customers.")
  public record Request(List<CustomerView> items) {}

  static Row row(BulkResult r) {
    return new Row(
        r.index(),
        r.status(),
        r.id(),
        r.version(),
        r.errors().stream().map(e -> new ProblemField(e.field(), e.message())).toList());
  }
}
