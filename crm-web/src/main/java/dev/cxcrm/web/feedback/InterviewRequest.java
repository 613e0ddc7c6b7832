package dev.cxcrm.web.feedback;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/interviews as /openapi documents it; {@link InterviewResource} reads it.
 */
@Schema(
    name = "InterviewRequest",
    description =
        "The answers an agent noted while asking an active survey's questions. Unknown fields are"
            + " refused (400).")
public record InterviewRequest(
    @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long surveyId,
    @Schema(type = SchemaType.INTEGER, format = "int64", required = true) long customerId,
    @Schema(
            type = SchemaType.INTEGER,
            format = "int64",
            nullable = true,
            description = "The customer's interaction (call, meeting) it was held in.")
        Long interactionId,
    @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long caseId,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            nullable = true,
            description = "When it was held; now when left out. Not in the future.")
        OffsetDateTime receivedAt,
    @Schema(
            nullable = true,
            description =
                "User name of the agent who held it; the calling user when left out, nobody for"
                    + " a system's API key.")
        String agent,
    @Schema(
            required = true,
            description =
                "By question key: a score as a whole number inside the question's scale, a text,"
                    + " a choice key, or an array of choice keys for a multiple choice. Every"
                    + " required question answered; errors name answers.<key>.")
        Map<String, Object> answers,
    @Schema(
            nullable = true,
            description =
                "The sender's id: sent again with the same answers, 200 and the first"
                    + " interview; with other answers, 409.")
        String externalId) {}
