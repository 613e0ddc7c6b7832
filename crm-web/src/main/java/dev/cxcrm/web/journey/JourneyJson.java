package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.TouchpointDraft;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.json.JsonObject;
import java.util.Set;

/**
 * The journey's request bodies: the fields of a touchpoint and of a stage move. Read-only fields of
 * the answers are accepted and ignored, so a GET answer can be sent back as is.
 */
final class JourneyJson {
  private static final Set<String> TOUCHPOINT =
      Set.of("nameJa", "nameEn", "stage", "channel", "active");
  private static final Set<String> TOUCHPOINT_READ_ONLY = Set.of("id", "version");
  private static final Set<String> STAGE_MOVE = Set.of("stage");
  private static final Set<String> STAGE_READ_ONLY = Set.of("customerId", "stageSince", "version");

  private JourneyJson() {}

  static TouchpointDraft touchpoint(JsonObject o) {
    JsonInput in = JsonInput.of(o, TOUCHPOINT, TOUCHPOINT_READ_ONLY);
    TouchpointDraft d =
        new TouchpointDraft(
            in.string("nameJa"),
            in.string("nameEn"),
            in.enumValue("stage", JourneyStage.class),
            in.enumValue("channel", Channel.class),
            in.bool("active"));
    in.done();
    return d;
  }

  /** The stage of a {@code {"stage": "PURCHASE"}} body; required. */
  static JourneyStage stage(JsonObject o) {
    JsonInput in = JsonInput.of(o, STAGE_MOVE, STAGE_READ_ONLY);
    in.require("stage");
    JourneyStage s = in.enumValue("stage", JourneyStage.class);
    in.done();
    return s;
  }
}
