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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
          "agent",
          "answers",
          "externalId");

  @Inject InterviewService interviews;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @POST
  @Operation(
      operationId = "recordInterview",
      summary = "Record an interview",
      description =
          "The answers become INTERVIEW feedback by the calling agent (a detractor or a low CSAT"
              + " opens a follow-up) and an answered invitation on the INTERVIEW channel, which"
              + " counts for survey fatigue. Consent does not stop it: the customer answered in"
              + " person. An agent records for its own and unowned customers.")
  @RequestBody(content = @Content(schema = @Schema(implementation = InterviewRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location is the invitation.",
      content = @Content(schema = @Schema(ref = "SurveyInvitation")))
  @APIResponse(
      responseCode = "200",
      description = "Recorded before under this externalId; nothing was written.",
      content = @Content(schema = @Schema(ref = "SurveyInvitation")))
  public Response record(InputStream body) {
    JsonInput in = JsonInput.read(body, FIELDS);
    in.require("surveyId");
    in.require("customerId");
    in.require("answers");
    Long survey = in.id("surveyId");
    Long customer = in.id("customerId");
    Long interaction = in.id("interactionId");
    Long serviceCase = in.id("caseId");
    Instant receivedAt = in.instant("receivedAt");
    String agent = in.string("agent");
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
                agent,
                new SurveyAnswers(answers),
                externalId));
    InvitationView v = InvitationView.of(r.record(), null, time.zone());
    return Answers.createdOrFound(uri, InvitationResource.class, v.id(), v, r.created());
  }
}
