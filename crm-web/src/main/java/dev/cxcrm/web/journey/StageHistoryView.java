package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.StageChange;
import dev.cxcrm.domain.shared.JourneyStage;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's stage changes, newest first. */
@Schema(name = "CustomerStageHistory")
public record StageHistoryView(List<Entry> items) {

  /** One move: from which stage to which, when and by whom. */
  @Schema(name = "CustomerStageChange")
  public record Entry(
      @Schema(type = SchemaType.INTEGER, format = "int64") long id,
      @JsonbNillable @Schema(nullable = true) JourneyStage fromStage,
      JourneyStage toStage,
      @Schema(type = SchemaType.STRING, format = "date-time") Instant changedAt,
      @Schema(description = "The user name or API key (apikey:<name>) that moved the customer.")
          String changedBy) {}

  static StageHistoryView of(List<StageChange> changes) {
    return new StageHistoryView(
        changes.stream()
            .map(c -> new Entry(c.id(), c.fromStage(), c.toStage(), c.changedAt(), c.changedBy()))
            .toList());
  }
}
