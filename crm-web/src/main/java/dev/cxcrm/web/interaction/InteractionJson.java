package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The fields of an interaction in request JSON, read by {@link JsonInput}. The computed fields of
 * {@link InteractionView} are accepted and ignored, so a GET answer can be sent back as is.
 */
public final class InteractionJson {
  static final Set<String> FIELDS =
      Set.of(
          "customerId",
          "contactName",
          "channel",
          "direction",
          "occurredAt",
          "touchpointId",
          "agent",
          "subject",
          "summary",
          "outcome",
          "emotion",
          "awaitsAnswer",
          "caseId",
          "replyTo",
          "purpose",
          "externalId");
  static final Set<String> READ_ONLY =
      Set.of(
          "id",
          "stage",
          "dueAt",
          "answeredAt",
          "answeredBy",
          "breached",
          "responseMinutes",
          "createdAt",
          "createdBy");

  private InteractionJson() {}

  /** One interaction: a request body or an entry of a bulk request. */
  public static InteractionDraft read(JsonValue v) {
    JsonInput in = JsonInput.of(v, FIELDS, READ_ONLY);
    InteractionDraft d =
        new InteractionDraft(
            in.longValue("customerId"),
            in.string("contactName"),
            in.enumValue("channel", Channel.class),
            in.enumValue("direction", Direction.class),
            in.instant("occurredAt"),
            in.longValue("touchpointId"),
            in.string("agent"),
            in.string("subject"),
            in.string("summary"),
            in.string("outcome"),
            in.integer("emotion"),
            in.bool("awaitsAnswer"),
            in.longValue("caseId"),
            in.longValue("replyTo"),
            in.enumValue("purpose", Purpose.class),
            in.string("externalId"));
    in.done();
    return d;
  }
}
