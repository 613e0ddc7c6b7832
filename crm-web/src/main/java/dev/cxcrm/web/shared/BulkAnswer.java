package dev.cxcrm.web.shared;

import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.shared.BulkOutcome;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a bulk create (interactions, feedback, purchases, referrals): one result per row,
 * in the order of the request, each CREATED, EXISTING or REJECTED with its errors.
 */
@Schema(name = "RowResults")
public record BulkAnswer(List<Row> results) {
  /** What every bulk create does, for its operation's description in /openapi. */
  public static final String DESCRIPTION =
      "Each row is checked and answered on its own: CREATED, EXISTING (same externalId and content"
          + " recorded before) or REJECTED with its errors; nothing of a rejected row is written,"
          + " the others are, so the answer is 200 even when some rows are rejected. More than"
          + " 1,000 rows: 400.";

  @JsonbNillable
  @Schema(name = "RowResult")
  public record Row(
      @Schema(description = "Position of the row in the request, from 0.") int index,
      BulkOutcome.Status status,
      @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long id,
      @Schema(
              description = "Why the row was rejected; field names are relative to the row.",
              type = SchemaType.ARRAY,
              implementation = RowError.class)
          List<RowError> errors) {
    static Row of(BulkOutcome o) {
      return new Row(
          o.index(),
          o.status(),
          o.id(),
          o.errors().stream().map(e -> new RowError(e.field(), e.message())).toList());
    }
  }

  @Schema(name = "RowError")
  public record RowError(String field, String message) {}

  /**
   * Reads every item with {@code read} (an item that cannot be read is rejected with its errors),
   * hands the others to {@code write} in one call, and answers every row in request order.
   */
  public static <D> BulkAnswer of(
      JsonArray items, Function<JsonValue, D> read, Function<List<D>, List<BulkOutcome>> write) {
    List<D> drafts = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<BulkOutcome> results = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        drafts.add(read.apply(items.get(i)));
        positions.add(i);
      } catch (InvalidInput e) {
        results.add(BulkOutcome.rejected(i, e.errors()));
      }
    }
    for (BulkOutcome o : write.apply(drafts)) {
      results.add(new BulkOutcome(positions.get(o.index()), o.status(), o.id(), o.errors()));
    }
    results.sort(Comparator.comparingInt(BulkOutcome::index));
    return new BulkAnswer(results.stream().map(Row::of).toList());
  }
}
