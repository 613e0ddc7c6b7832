package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.SurveyAnswers;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.feedback.InterviewService;
import dev.cxcrm.ejb.shared.CreateResult;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recording an interview held with a survey as its script. */
@Path("interviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Interviews", description = "An agent asks a survey's questions and notes the answers.")
public class InterviewResource {
  private static final Set<String> FIELDS =
      Set.of(
          "surveyId",
          "customerId",
          "interactionId",
          "caseId",
          "receivedAt",
          "answers",
          "externalId");

  @Inject InterviewService interviews;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @Schema(
      name = "InterviewRequest",
      description =
          "The answers an agent noted while asking an active survey's questions. Unknown fields are"
              + " refused (400).")
  public record Body(
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

  @POST
  @Operation(
      operationId = "recordInterview",
      summary = "Record an interview",
      description =
          "The answers become INTERVIEW feedback by the calling agent (a detractor or a low CSAT"
              + " opens a follow-up) and an answered invitation on the INTERVIEW channel, which"
              + " counts for survey fatigue. Consent does not stop it: the customer answered in"
              + " person. An agent records for its own and unowned customers.")
  @RequestBody(content = @Content(schema = @Schema(implementation = Body.class)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location is the invitation.",
      content = @Content(schema = @Schema(implementation = InvitationView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Recorded before under this externalId; nothing was written.",
      content = @Content(schema = @Schema(implementation = InvitationView.class)))
  public Response record(InputStream body) {
    JsonInput in = JsonInput.read(body, FIELDS);
    in.require("surveyId");
    in.require("customerId");
    in.require("answers");
    Long survey = in.id("surveyId");
    Long customer = in.id("customerId");
    Long interaction = in.id("interactionId");
    Long serviceCase = in.id("caseId");
    var receivedAt = in.instant("receivedAt");
    Map<String, List<String>> answers = in.answers("answers");
    String externalId = in.string("externalId");
    in.done();
    CreateResult<Invitation> r =
        interviews.record(
            new InterviewService.Notes(
                survey,
                customer,
                interaction,
                serviceCase,
                receivedAt,
                new SurveyAnswers(answers),
                externalId));
    InvitationView v = InvitationView.of(r.record(), null, time.zone());
    return Answers.createdOrFound(uri, InvitationResource.class, v.id(), v, r.created());
  }
}
