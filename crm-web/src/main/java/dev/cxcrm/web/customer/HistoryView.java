package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.AuditEntry;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer's audit trail, newest first: who created, changed or archived it, and what changed.
 */
@Schema(name = "CustomerHistory")
public record HistoryView(List<Entry> items) {

  @Schema(name = "CustomerHistoryEntry")
  public record Entry(
      @Schema(type = SchemaType.STRING, format = "date-time") Instant at,
      String actor,
      AuditEntry.Action action,
      List<Change> changes) {}

  /** One field's old and new value as text; null when it was empty. */
  @Schema(name = "CustomerFieldChange")
  public record Change(
      String field,
      @JsonbProperty("old") @Schema(name = "old") String oldValue,
      @JsonbProperty("new") @Schema(name = "new") String newValue) {}

  public static HistoryView of(List<AuditEntry> entries) {
    return new HistoryView(
        entries.stream()
            .map(
                e ->
                    new Entry(
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.changes().stream()
                            .map(c -> new Change(c.field(), c.oldValue(), c.newValue()))
                            .toList()))
            .toList());
  }
}
