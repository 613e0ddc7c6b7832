package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.feedback.SurveyService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Survey definitions: all staff read them, managers and administrators write them. */
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Surveys", description = "Survey definitions and their versions.")
public class SurveyResource {
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject SurveyService surveys;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listSurveys", summary = "List the surveys, by name")
  @APIResponse(
      responseCode = "200",
      description = "Every survey.",
      content = @Content(schema = @Schema(implementation = SurveyView.Page.class)))
  public SurveyView.Page list() {
    return new SurveyView.Page(
        surveys.all().stream().map(s -> SurveyView.of(s, time.zone())).toList());
  }

  @POST
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "createSurvey",
      summary = "Create a survey",
      description = "MANAGER or ADMIN. Every broken rule is named on its field.")
  @RequestBody(content = @Content(schema = @Schema(ref = "Survey")))
  @APIResponse(
      responseCode = "201",
      description = "Created, with its address in Location.",
      content = @Content(schema = @Schema(implementation = SurveyView.class)))
  public Response create(InputStream body) {
    SurveyJson.Input in = SurveyJson.read(body);
    SurveyView v = SurveyView.of(surveys.create(in.draft(), in.active()), time.zone());
    return Answers.created(uri, SurveyResource.class, v.id(), v).build();
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getSurvey", summary = "Read a survey (its current version)")
  @APIResponse(
      responseCode = "200",
      description = "The survey.",
      content = @Content(schema = @Schema(implementation = SurveyView.class)))
  public SurveyView get(@PathParam("id") long id) {
    return SurveyView.of(surveys.get(CustomerPages.positive(id)), time.zone());
  }

  @PUT
  @Path(ID)
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "replaceSurvey",
      summary = "Change a survey",
      description =
          "MANAGER or ADMIN; needs If-Match. Once anyone was invited to the current version, a"
              + " change of its questions or texts makes a new version; the name and whether it is"
              + " active change in place.")
  @RequestBody(content = @Content(schema = @Schema(ref = "Survey")))
  @APIResponse(
      responseCode = "200",
      description = "The survey as changed.",
      content = @Content(schema = @Schema(implementation = SurveyView.class)))
  public SurveyView replace(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    SurveyJson.Input in = SurveyJson.read(body);
    return SurveyView.of(
        surveys.change(CustomerPages.positive(id), version, in.draft(), in.active()), time.zone());
  }

  @GET
  @Path(ID + "/versions/{number: [0-9]{1,9}}")
  @Operation(
      operationId = "getSurveyVersion",
      summary = "Read one version of a survey, as it was asked",
      description = "The questions that the answers to this version were given to.")
  @APIResponse(
      responseCode = "200",
      description = "The version's definition (name is the survey's current one).",
      content = @Content(schema = @Schema(implementation = SurveyView.class)))
  public SurveyView version(@PathParam("id") long id, @PathParam("number") int number) {
    long survey = CustomerPages.positive(id);
    return SurveyView.definition(
        survey, number, surveys.definition(survey, (int) CustomerPages.positive(number)));
  }
}
