package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.Funnel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The journey funnel over a period, per stage in journey order. A figure without data is null,
 * never 0: no conversion rate when nobody was in the stage, no median without a finished stay.
 */
@Schema(name = "JourneyFunnel")
public record FunnelView(
    @Schema(type = SchemaType.STRING, format = "date") LocalDate from,
    @Schema(type = SchemaType.STRING, format = "date", description = "Included.") LocalDate to,
    @JsonbNillable @Schema(nullable = true) String segment,
    @JsonbNillable @Schema(nullable = true) RelationshipType relationshipType,
    @Schema(description = "Customers now, over all stages.") long total,
    List<Stage> stages) {

  /** One stage of the funnel. */
  @Schema(name = "JourneyFunnelStage")
  public record Stage(
      JourneyStage stage,
      @Schema(description = "Customers at the stage now.") long count,
      @JsonbNillable
          @Schema(
              nullable = true,
              description =
                  "Percent of the customers who were at this stage during the period that moved to "
                      + "a later stage within it: conversionNumerator / conversionDenominator × 100. "
                      + "Null when nobody was at the stage, and for ADVOCACY (no later stage).")
          Double conversionRate,
      @JsonbNillable
          @Schema(nullable = true, description = "Customers who moved on from the stage.")
          Long conversionNumerator,
      @JsonbNillable
          @Schema(nullable = true, description = "Customers at the stage during the period.")
          Long conversionDenominator,
      @JsonbNillable
          @Schema(
              nullable = true,
              description =
                  "Median days of the stays at this stage that ended in the period; customers "
                      + "still at the stage are not counted. Null without such a stay.")
          Double medianDaysInStage,
      @Schema(description = "Stays the median is taken from.") long medianSampleSize) {}

  static FunnelView of(Funnel f, String segment, RelationshipType type) {
    return new FunnelView(
        f.period().from(),
        f.period().to(),
        segment,
        type,
        f.total(),
        f.steps().stream()
            .map(
                s ->
                    new Stage(
                        s.stage(),
                        s.count(),
                        s.conversion() == null ? null : s.conversion().percent(),
                        s.conversion() == null ? null : s.conversion().movedOn(),
                        s.conversion() == null ? null : s.conversion().inStage(),
                        s.timeInStage().medianDays(),
                        s.timeInStage().sampleSize()))
            .toList());
  }
}
