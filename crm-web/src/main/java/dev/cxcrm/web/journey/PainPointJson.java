package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.PainPointDraft;
import dev.cxcrm.domain.journey.PainPointStatus;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * The fields of a pain point and of a link request. The read-only fields of {@link PainPointView}
 * are accepted and ignored, so a GET answer can be sent back as is.
 */
final class PainPointJson {
  private static final Set<String> FIELDS =
      Set.of("touchpointId", "title", "description", "severity", "affectedCount", "status");
  private static final Set<String> READ_ONLY =
      Set.of(
          "id",
          "stage",
          "affectedCustomers",
          "score",
          "scoreBasis",
          "customerIds",
          "caseIds",
          "version",
          "createdAt",
          "updatedAt");

  private PainPointJson() {}

  static PainPointDraft read(JsonObject o) {
    JsonInput in = JsonInput.of(o, FIELDS, READ_ONLY);
    PainPointDraft d =
        new PainPointDraft(
            in.longValue("touchpointId"),
            in.string("title"),
            in.string("description"),
            in.integer("severity"),
            in.integer("affectedCount"),
            in.enumValue("status", PainPointStatus.class));
    in.done();
    return d;
  }

  /** The ids of a link request such as {@code {"customerIds": [1, 2]}}: required, each positive. */
  static List<Long> ids(JsonObject o, String key) {
    JsonInput in = JsonInput.of(o, Set.of(key));
    in.require(key);
    List<Long> ids = in.ids(key);
    in.done();
    return ids;
  }
}
