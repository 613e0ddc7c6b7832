package dev.cxcrm.web.feedback;

import static dev.cxcrm.web.shared.ApiTimes.at;

import dev.cxcrm.domain.feedback.LatestScores;
import dev.cxcrm.domain.feedback.NpsGroup;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's latest answer to each score; null where never answered (no answer, no score). */
@JsonbNillable
@Schema(name = "LatestScores")
public record LatestScoresView(
    @Schema(nullable = true) Integer nps,
    @Schema(nullable = true) NpsGroup npsGroup,
    @Schema(nullable = true, type = SchemaType.STRING, format = "date-time") OffsetDateTime npsAt,
    @Schema(nullable = true) Integer csat,
    @Schema(nullable = true) Integer csatScale,
    @Schema(nullable = true, type = SchemaType.STRING, format = "date-time") OffsetDateTime csatAt,
    @Schema(nullable = true) Integer ces,
    @Schema(nullable = true) Integer cesScale,
    @Schema(nullable = true, type = SchemaType.STRING, format = "date-time") OffsetDateTime cesAt) {

  static LatestScoresView of(LatestScores s, ZoneId zone) {
    return new LatestScoresView(
        s.nps(),
        s.npsGroup(),
        at(s.npsAt(), zone),
        s.csat(),
        s.csatScale(),
        at(s.csatAt(), zone),
        s.ces(),
        s.cesScale(),
        at(s.cesAt(), zone));
  }
}
