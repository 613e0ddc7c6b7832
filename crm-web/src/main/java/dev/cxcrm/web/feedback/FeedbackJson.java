package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The fields of a piece of feedback in request JSON, read by {@link JsonInput}: unknown fields are
 * refused, scores must be whole numbers (6.5 and 9.0 are refused on their path, such as {@code
 * scores.nps}). The read-only fields of {@link FeedbackView} are accepted and ignored.
 */
final class FeedbackJson {
  static final Set<String> FIELDS =
      Set.of(
          "kind",
          "customerId",
          "receivedAt",
          "interactionId",
          "caseId",
          "touchpointId",
          "stage",
          "channel",
          "agent",
          "emotion",
          "text",
          "themes",
          "scores",
          "stars",
          "platform",
          "link",
          "externalId");
  static final Set<String> READ_ONLY = Set.of("id", "npsGroup", "createdAt", "createdBy");
  private static final Set<String> SCORES = Set.of("nps", "csat", "csatScale", "ces", "cesScale");

  private FeedbackJson() {}

  /** One piece of feedback: a request body or an entry of a bulk request. */
  static FeedbackDraft read(JsonValue v) {
    JsonInput in = JsonInput.of(v, FIELDS, READ_ONLY);
    FeedbackDraft d =
        new FeedbackDraft(
            in.enumValue("kind", FeedbackKind.class),
            in.longValue("customerId"),
            in.instant("receivedAt"),
            in.longValue("interactionId"),
            in.longValue("caseId"),
            in.longValue("touchpointId"),
            in.enumValue("stage", JourneyStage.class),
            in.enumValue("channel", Channel.class),
            in.string("agent"),
            in.integer("emotion"),
            in.string("text"),
            in.strings("themes"),
            in.object(
                "scores",
                SCORES,
                s ->
                    new Scores(
                        s.integer("nps"),
                        s.integer("csat"),
                        s.integer("csatScale"),
                        s.integer("ces"),
                        s.integer("cesScale"))),
            in.integer("stars"),
            in.string("platform"),
            in.string("link"),
            in.string("externalId"));
    in.done();
    return d;
  }
}
