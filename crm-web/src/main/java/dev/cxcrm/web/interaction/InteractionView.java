package dev.cxcrm.web.interaction;

import static dev.cxcrm.web.shared.ApiTimes.at;

import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.Interaction;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An interaction as the API shows it, and the shape a client sends (the computed fields are ignored
 * on input). Times are ISO-8601 with the business's offset. Absent values are null, not left out,
 * so that other systems can rely on every name.
 */
@JsonbNillable
@Schema(
    name = "Interaction",
    description =
        "One contact with a customer. On input, unknown fields are refused (400); the computed fields "
            + "id, stage, dueAt, answeredAt, answeredBy, breached, responseMinutes and createdAt are ignored.")
public record InteractionView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
    @Schema(required = true, type = SchemaType.INTEGER, format = "int64") Long customerId,
    @Schema(description = "The contact person of a company, up to 200 characters.", nullable = true)
        String contactName,
    @Schema(required = true) Channel channel,
    @Schema(required = true) Direction direction,
    @Schema(
            required = true,
            type = SchemaType.STRING,
            format = "date-time",
            description = "When it happened, with offset; at most 5 minutes in the future.",
            example = "2026-11-23T10:15:00+09:00")
        OffsetDateTime occurredAt,
    @Schema(
            type = SchemaType.INTEGER,
            format = "int64",
            nullable = true,
            description = "An active touchpoint; its stage is copied.")
        Long touchpointId,
    @Schema(readOnly = true, nullable = true) JourneyStage stage,
    @Schema(
            nullable = true,
            description =
                "User name of the agent; defaults to the signed-in user (an API key is nobody).")
        String agent,
    @Schema(nullable = true, description = "Up to 300 characters.") String subject,
    @Schema(nullable = true, description = "Up to 4,000 characters.") String summary,
    @Schema(nullable = true, description = "Up to 500 characters.") String outcome,
    @Schema(nullable = true, description = "The emotion shown, -2 (very negative) to +2.")
        Integer emotion,
    @Schema(
            description =
                "Whether the contact awaits an answer. Only inbound; default true for inbound "
                    + "contacts except in person.")
        Boolean awaitsAnswer,
    @Schema(
            type = SchemaType.INTEGER,
            format = "int64",
            nullable = true,
            description = "A case of the same customer.")
        Long caseId,
    @Schema(
            type = SchemaType.INTEGER,
            format = "int64",
            nullable = true,
            description =
                "Outbound only: the inbound interaction this answers (same customer, not later). "
                    + "A reply that names one answers only that one.")
        Long replyTo,
    @Schema(
            nullable = true,
            description =
                "Outbound only: REACTIVE answers something (what replyTo names, or else the "
                    + "customer's contacts still open when it occurred, within its case when it has "
                    + "one); PROACTIVE (check-in, information, offer, thanks) answers nothing. "
                    + "Default REACTIVE with replyTo, PROACTIVE without.")
        Purpose purpose,
    @Schema(
            nullable = true,
            description =
                "Id in the pushing system, up to 200 characters; a repeated push returns the first.")
        String externalId,
    @Schema(
            readOnly = true,
            type = SchemaType.STRING,
            format = "date-time",
            nullable = true,
            description = "Deadline of the answer by the channel's response standard.")
        OffsetDateTime dueAt,
    @Schema(
            readOnly = true,
            type = SchemaType.STRING,
            format = "date-time",
            nullable = true,
            description = "When the answer came (the answering contact's time).")
        OffsetDateTime answeredAt,
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64", nullable = true)
        Long answeredBy,
    @Schema(
            readOnly = true,
            nullable = true,
            description =
                "Answered after dueAt, or unanswered past it; null when there is no deadline.")
        Boolean breached,
    @Schema(
            readOnly = true,
            nullable = true,
            description = "Whole minutes from the contact to its answer.")
        Long responseMinutes,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time")
        OffsetDateTime createdAt) {

  static InteractionView of(Interaction i, Instant now, ZoneId zone) {
    return new InteractionView(
        i.id(),
        i.customerId(),
        i.contactName(),
        i.channel(),
        i.direction(),
        at(i.occurredAt(), zone),
        i.touchpointId(),
        i.stage(),
        i.agent(),
        i.subject(),
        i.summary(),
        i.outcome(),
        i.emotion(),
        i.awaitsAnswer(),
        i.caseId(),
        i.replyTo(),
        i.purpose(),
        i.externalId(),
        at(i.dueAt(), zone),
        at(i.answeredAt(), zone),
        i.answeredBy(),
        i.breached(now),
        i.responseTime().map(d -> d.toMinutes()).orElse(null),
        at(i.created().at(), zone));
  }
}
