package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.feedback.SurveyService;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which survey each event sends: read by staff, set by managers and administrators. */
@Path("survey-automations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Surveys")
public class SurveyAutomationResource {
  @Inject SurveyService surveys;

  @Schema(
      name = "SurveyAutomation",
      description = "The survey an event sends by e-mail; surveyId null: that event sends nothing.")
  public record View(
      SurveyTrigger trigger,
      @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long surveyId) {}

  @Schema(name = "SurveyAutomationList")
  public record Page(List<View> items) {}

  @GET
  @Operation(operationId = "listSurveyAutomations", summary = "The survey each event sends")
  @APIResponse(
      responseCode = "200",
      description = "One entry per event: CASE_RESOLVED, PURCHASE, ANNIVERSARY, POSITIVE_EMOTION.",
      content = @Content(schema = @Schema(implementation = Page.class)))
  public Page list() {
    return page(surveys.automations());
  }

  @PUT
  @Path("{trigger}")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "setSurveyAutomation",
      summary = "Set the survey an event sends",
      description = "MANAGER or ADMIN. {surveyId: null} stops it.")
  @RequestBody(
      content =
          @Content(schema = @Schema(name = "SurveyAutomationRequest", description = "{surveyId}")))
  @APIResponse(
      responseCode = "200",
      description = "Every event's survey, as set now.",
      content = @Content(schema = @Schema(implementation = Page.class)))
  public Page set(
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "CASE_RESOLVED",
                        "PURCHASE",
                        "ANNIVERSARY",
                        "POSITIVE_EMOTION"
                      }))
          @PathParam("trigger")
          String trigger,
      InputStream body) {
    QueryInput q = new QueryInput();
    SurveyTrigger t = q.enumIgnoringCase("trigger", trigger, SurveyTrigger.class);
    q.done();
    JsonInput in = JsonInput.read(body, Set.of("surveyId"));
    if (!in.has("surveyId")) {
      in.refuse("surveyId", "validation.required", "Required (null stops the event's survey).");
    }
    Long survey = in.id("surveyId");
    in.done();
    return page(surveys.automate(t, survey));
  }

  private static Page page(Map<SurveyTrigger, Long> set) {
    return new Page(
        Arrays.stream(SurveyTrigger.values())
            .filter(SurveyTrigger::automatic)
            .map(t -> new View(t, set.get(t)))
            .toList());
  }
}
