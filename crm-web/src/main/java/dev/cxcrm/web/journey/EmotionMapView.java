package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.AverageEmotion;
import dev.cxcrm.domain.journey.EmotionCell;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.journey.EmotionMapResult;
import dev.cxcrm.ejb.journey.EmotionMapTouchpoint;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The emotional journey map as the API shows it: the same numbers as the page. */
@Schema(
    name = "EmotionMap",
    description =
        "Per stage (in journey order) and touchpoint: the interactions of the period (volume), the "
            + "mean emotion of those that carry one (averageEmotion, two decimals, null when none does; "
            + "emotionSum / emotionSampleSize is the exact mean) and the count of each emotion -2..+2. "
            + "Satisfaction comes from feedback, which is not recorded yet: satisfactionAvailable is "
            + "false and no satisfaction figure is given.")
public record EmotionMapView(
    @Schema(description = "First day, in the business's time zone.") LocalDate from,
    @Schema(description = "Last day, included.") LocalDate to,
    String timeZone,
    @JsonbNillable String segment,
    @JsonbNillable RelationshipType relationshipType,
    @JsonbNillable Channel channel,
    boolean satisfactionAvailable,
    List<Stage> stages,
    @Schema(description = "Interactions with neither stage nor touchpoint.") Cell unassigned,
    Cell total) {

  /** A stage: its totals (all its interactions, with or without touchpoint) and its touchpoints. */
  @Schema(name = "EmotionMapStage")
  public record Stage(JourneyStage stage, Cell total, List<Cell> touchpoints) {}

  /** One cell of the map. {@code touchpointId} null: interactions of the stage without one. */
  @Schema(name = "EmotionMapCell")
  public record Cell(
      @JsonbNillable @Schema(type = SchemaType.INTEGER, format = "int64") Long touchpointId,
      @JsonbNillable String nameJa,
      @JsonbNillable String nameEn,
      @JsonbNillable Channel channel,
      long volume,
      @JsonbNillable @Schema(nullable = true, description = "Two decimals; null without a sample.")
          BigDecimal averageEmotion,
      long emotionSampleSize,
      long emotionSum,
      @Schema(description = "Count per emotion, keys \"-2\" to \"2\".")
          Map<String, Long> distribution,
      @Schema(description = "Open pain points at this touchpoint.") long openPainPoints) {}

  static EmotionMapView of(EmotionMapResult r, String timeZone) {
    var q = r.query();
    List<Stage> stages =
        Arrays.stream(JourneyStage.values())
            .map(
                s ->
                    new Stage(
                        s,
                        cell(r.map().stageTotal(s), null, 0),
                        r.map().cells(s).stream()
                            .map(
                                c ->
                                    cell(
                                        c,
                                        r.touchpoints().get(c.touchpointId()),
                                        r.openPainPoints(c.touchpointId())))
                            .toList()))
            .toList();
    return new EmotionMapView(
        q.from(),
        q.to(),
        timeZone,
        q.segment(),
        q.relationshipType(),
        q.channel(),
        false,
        stages,
        cell(r.map().unassigned(), null, 0),
        cell(r.map().total(), null, 0));
  }

  private static Cell cell(EmotionCell c, EmotionMapTouchpoint t, long painPoints) {
    return new Cell(
        c.touchpointId(),
        t == null ? null : t.nameJa(),
        t == null ? null : t.nameEn(),
        t == null ? null : t.channel(),
        c.volume(),
        c.average().map(AverageEmotion::shown).orElse(null),
        c.sampleSize(),
        c.emotions().sum(),
        c.emotions().byValue(),
        painPoints);
  }
}
