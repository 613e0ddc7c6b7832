package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey invitation as the API shows it; {@code link} only in the answer that made a link. */
@JsonbNillable
@Schema(
    name = "SurveyInvitation",
    description =
        "One customer invited to one survey version. SKIPPED ones say why (reason); FAILED ones"
            + " carry the mail server's answer (detail); PLANNED e-mails go out at sendAfter.")
public record InvitationView(
    @Schema(type = SchemaType.INTEGER, format = "int64") long id,
    @Schema(type = SchemaType.INTEGER, format = "int64") long surveyId,
    @Schema(description = "The survey version asked.") int surveyNumber,
    @Schema(type = SchemaType.INTEGER, format = "int64") long customerId,
    InvitationChannel channel,
    @Schema(description = "ja or en: the customer's preferred language.") String language,
    SurveyTrigger trigger,
    @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long caseId,
    @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long interactionId,
    InvitationStatus status,
    @Schema(nullable = true) SkipReason reason,
    @Schema(nullable = true) String detail,
    @Schema(type = SchemaType.STRING, format = "date-time") OffsetDateTime sendAfter,
    @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) OffsetDateTime sentAt,
    @Schema(type = SchemaType.STRING, format = "date-time", nullable = true)
        OffsetDateTime answeredAt,
    @Schema(type = SchemaType.STRING, format = "date-time") OffsetDateTime expiresAt,
    @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long feedbackId,
    @Schema(type = SchemaType.STRING, format = "date-time") OffsetDateTime createdAt,
    String createdBy,
    @Schema(
            nullable = true,
            description =
                "The personal link of a LINK invitation, in the answer that made it only: it is"
                    + " not stored and cannot be read again.")
        String link) {

  @Schema(name = "SurveyInvitationList")
  public record Page(List<InvitationView> items) {}

  static InvitationView of(Invitation v, String link, ZoneId zone) {
    return new InvitationView(
        v.id(),
        v.surveyId(),
        v.surveyNumber(),
        v.customerId(),
        v.channel(),
        v.language(),
        v.trigger(),
        v.caseId(),
        v.interactionId(),
        v.status(),
        v.reason(),
        v.detail(),
        at(v.sendAfter(), zone),
        at(v.sentAt(), zone),
        at(v.answeredAt(), zone),
        at(v.expiresAt(), zone),
        v.feedbackId(),
        at(v.createdAt(), zone),
        v.createdBy(),
        link);
  }

  private static OffsetDateTime at(Instant i, ZoneId zone) {
    return i == null ? null : i.atZone(zone).toOffsetDateTime();
  }
}
