package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.PainPoint;
import dev.cxcrm.domain.journey.PainPointStatus;
import dev.cxcrm.domain.journey.PriorityScore;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.journey.EmotionMapTouchpoint;
import dev.cxcrm.web.shared.VersionedView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pain point as the API shows it, and the shape a client sends (read-only fields ignored). */
@Schema(
    name = "PainPoint",
    description =
        "A problem at a touchpoint. score = affectedCustomers × severity, where affectedCustomers is "
            + "the number of linked customers if any are linked (scoreBasis LINKED), else affectedCount "
            + "(scoreBasis ENTERED). On input only touchpointId, title, description, severity, "
            + "affectedCount and status are read; the read-only fields are ignored, others refused.")
public record PainPointView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
    @Schema(required = true, type = SchemaType.INTEGER, format = "int64") long touchpointId,
    @Schema(readOnly = true, description = "The touchpoint's stage.") JourneyStage stage,
    @Schema(required = true, maxLength = 200, example = "見積もりの返事が遅い") String title,
    @Schema(maxLength = 4000) String description,
    @Schema(required = true, minimum = "1", maximum = "5") int severity,
    @Schema(description = "Customers affected as entered; used while no customer is linked.")
        int affectedCount,
    @Schema(readOnly = true, description = "Linked customers if any, else affectedCount.")
        long affectedCustomers,
    @Schema(readOnly = true, description = "affectedCustomers × severity.") long score,
    @Schema(readOnly = true, ref = "PriorityScoreBasis") PriorityScore.Basis scoreBasis,
    @Schema(readOnly = true, type = SchemaType.ARRAY, implementation = Long.class)
        List<Long> customerIds,
    @Schema(readOnly = true, type = SchemaType.ARRAY, implementation = Long.class)
        List<Long> caseIds,
    @Schema(defaultValue = "OPEN") PainPointStatus status,
    @Schema(readOnly = true) int version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt)
    implements VersionedView {

  static PainPointView of(PainPoint p, Map<Long, EmotionMapTouchpoint> touchpoints) {
    EmotionMapTouchpoint t = touchpoints.get(p.touchpointId());
    return new PainPointView(
        p.id(),
        p.touchpointId(),
        t == null ? null : t.stage(),
        p.title(),
        p.description(),
        p.severity(),
        p.affectedCount(),
        p.affectedCustomers(),
        p.score(),
        p.priority().basis(),
        p.customerIds(),
        p.caseIds(),
        p.status(),
        p.version(),
        p.created().at(),
        p.updatedAt());
  }
}
