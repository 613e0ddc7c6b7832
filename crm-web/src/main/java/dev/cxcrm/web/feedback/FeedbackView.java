package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.FeedbackRules;
import dev.cxcrm.domain.feedback.NpsGroup;
import dev.cxcrm.domain.feedback.Scores;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A piece of feedback as the API shows it, and the shape a client sends (read-only fields are
 * ignored).
 */
@JsonbNillable
@Schema(
    name = "Feedback",
    description =
        "One piece of feedback from one source. On input, unknown fields are refused (400); id,"
            + " npsGroup, createdAt and createdBy are ignored. It says something: a text, a score,"
            + " stars or an emotion. themes: at most 20 tags of at most 50 characters.")
public record FeedbackView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
    @Schema(required = true) FeedbackKind kind,
    @Schema(required = true, type = SchemaType.INTEGER, format = "int64") Long customerId,
    @Schema(
            required = true,
            type = SchemaType.STRING,
            format = "date-time",
            description =
                "When the customer gave it; at most 5 minutes ahead of the server's clock.")
        OffsetDateTime receivedAt,
    @Schema(
            type = SchemaType.INTEGER,
            format = "int64",
            nullable = true,
            description = "The customer's interaction it is about.")
        Long interactionId,
    @Schema(
            type = SchemaType.INTEGER,
            format = "int64",
            nullable = true,
            description = "The customer's case it is about.")
        Long caseId,
    @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long touchpointId,
    @Schema(nullable = true, description = "Left out with a touchpoint: the touchpoint's stage.")
        JourneyStage stage,
    @Schema(nullable = true) Channel channel,
    @Schema(nullable = true, description = "User name of the agent it is about.") String agent,
    @Schema(nullable = true, minimum = "-2", maximum = "2") Integer emotion,
    @Schema(nullable = true, maxLength = FeedbackRules.TEXT_MAX) String text,
    List<String> themes,
    @Schema(nullable = true) ScoresView scores,
    @Schema(
            nullable = true,
            minimum = "1",
            maximum = "5",
            description = "A review's stars; required on a REVIEW, refused on other kinds.")
        Integer stars,
    @Schema(
            nullable = true,
            description = "The social platform or review site; required on SOCIAL and REVIEW.")
        String platform,
    @Schema(nullable = true, description = "An http(s) address of the mention or review.")
        String link,
    @Schema(
            nullable = true,
            description =
                "The sender's id of this feedback: sent again with the same content, 200 and the"
                    + " first record; with other content, 409.")
        String externalId,
    @Schema(readOnly = true, nullable = true) NpsGroup npsGroup,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time")
        OffsetDateTime createdAt,
    @Schema(readOnly = true) String createdBy) {

  @JsonbNillable
  @Schema(
      name = "FeedbackScores",
      description =
          "Each optional. nps 0–10; csat and ces whole numbers from 1 to their scale, which is"
              + " required with them (5 or 7). For CES lower means less effort.")
  public record ScoresView(
      @Schema(nullable = true, minimum = "0", maximum = "10") Integer nps,
      @Schema(nullable = true, minimum = "1", maximum = "7") Integer csat,
      @Schema(
              nullable = true,
              enumeration = {"5", "7"})
          Integer csatScale,
      @Schema(nullable = true, minimum = "1", maximum = "7") Integer ces,
      @Schema(
              nullable = true,
              enumeration = {"5", "7"})
          Integer cesScale) {}

  static FeedbackView of(Feedback f, ZoneId zone) {
    FeedbackDraft d = f.content();
    Scores s = d.scores();
    return new FeedbackView(
        f.id(),
        d.kind(),
        d.customerId(),
        d.receivedAt().atZone(zone).toOffsetDateTime(),
        d.interactionId(),
        d.caseId(),
        d.touchpointId(),
        d.stage(),
        d.channel(),
        d.agent(),
        d.emotion(),
        d.text(),
        d.themes(),
        s.isEmpty()
            ? null
            : new ScoresView(s.nps(), s.csat(), s.csatScale(), s.ces(), s.cesScale()),
        d.stars(),
        d.platform(),
        d.link(),
        d.externalId(),
        s.npsGroup(),
        f.createdAt().atZone(zone).toOffsetDateTime(),
        f.createdBy());
  }

  /** One page of a customer's feedback, newest first. */
  @Schema(name = "FeedbackPage")
  public record Page(
      List<FeedbackView> items, @JsonbNillable @Schema(nullable = true) String next) {}

  /** Request body of a bulk create, documented only: the resource reads each row itself. */
  @Schema(name = "FeedbackBulkRequest", description = "items: 1 to 1,000 pieces of feedback.")
  public record BulkRequest(List<FeedbackView> items) {}
}
