package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.PlaybookStepId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.playbook.PlaybookService;
import dev.cxcrm.web.playbook.PlaybookViews.AssignmentBody;
import dev.cxcrm.web.playbook.PlaybookViews.PlaybookList;
import dev.cxcrm.web.playbook.PlaybookViews.PlaybookView;
import dev.cxcrm.web.playbook.PlaybookViews.StepView;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.JsonInput;
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
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The playbooks of the eight relationship types: everyone reads them, managers and admins change
 * who does their tasks and their steps, under If-Match.
 */
@Path("playbooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Playbooks", description = "What each relationship type's customers get, and when.")
public class PlaybookResource {
  private static final String STEP = "{type}/steps/{id: [0-9]{1,18}}";

  @Inject PlaybookService playbooks;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listPlaybooks",
      summary = "List the playbooks, one per relationship type")
  @APIResponse(
      responseCode = "200",
      description = "The eight playbooks with their steps.",
      content = @Content(schema = @Schema(implementation = PlaybookList.class)))
  public PlaybookList list() {
    return new PlaybookList(playbooks.playbooks().stream().map(PlaybookView::of).toList());
  }

  @GET
  @Path("{type}")
  @Operation(
      operationId = "getPlaybook",
      summary = "Read a relationship type's playbook",
      description = "The ETag is the version.")
  @APIResponse(
      responseCode = "200",
      description = "The playbook.",
      content = @Content(schema = @Schema(implementation = PlaybookView.class)))
  public PlaybookView get(
      @Parameter(schema = @Schema(ref = "RelationshipType")) @PathParam("type") String type) {
    return PlaybookView.of(playbooks.playbook(type(type)));
  }

  @PUT
  @Path("{type}")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "assignPlaybook",
      summary = "Change who does a playbook's tasks",
      description =
          "MANAGER or ADMIN. OWNER: the customer's named owner; TEAM: anyone. A dedicated "
              + "relationship stays OWNER. Needs If-Match; open tasks follow at the next change of "
              + "the customer or the planner's next run of new tasks.")
  @RequestBody(content = @Content(schema = @Schema(implementation = AssignmentBody.class)))
  @APIResponse(
      responseCode = "200",
      description = "The playbook as saved.",
      content = @Content(schema = @Schema(implementation = PlaybookView.class)))
  public PlaybookView assign(
      @Parameter(schema = @Schema(ref = "RelationshipType")) @PathParam("type") String type,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    var assignment = PlaybookJson.assignment(JsonInput.parseObject(body));
    return PlaybookView.of(playbooks.assign(type(type), version, assignment));
  }

  @POST
  @Path("{type}/steps")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "addPlaybookStep",
      summary = "Add a step to a playbook",
      description = "MANAGER or ADMIN. Planned from the planner's next run.")
  @RequestBody(content = @Content(schema = @Schema(implementation = StepView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content = @Content(schema = @Schema(implementation = StepView.class)))
  public Response addStep(
      @Parameter(schema = @Schema(ref = "RelationshipType")) @PathParam("type") String type,
      InputStream body) {
    var s = playbooks.addStep(PlaybookJson.step(type(type), JsonInput.parseObject(body)));
    return Answers.created(uri, PlaybookResource.class, type + "/steps/" + s.id(), StepView.of(s))
        .build();
  }

  @GET
  @Path(STEP)
  @Operation(operationId = "getPlaybookStep", summary = "Read a playbook step")
  @APIResponse(
      responseCode = "200",
      description = "The step.",
      content = @Content(schema = @Schema(implementation = StepView.class)))
  public StepView step(
      @Parameter(schema = @Schema(ref = "RelationshipType")) @PathParam("type") String type,
      @PathParam("id") long id) {
    return StepView.of(stepOf(type, id));
  }

  @PUT
  @Path(STEP)
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "replacePlaybookStep",
      summary = "Replace a playbook step",
      description =
          "MANAGER or ADMIN. Every field is required; active false retires it. Needs If-Match.")
  @RequestBody(content = @Content(schema = @Schema(implementation = StepView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The step as saved.",
      content = @Content(schema = @Schema(implementation = StepView.class)))
  public StepView replaceStep(
      @Parameter(schema = @Schema(ref = "RelationshipType")) @PathParam("type") String type,
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    var current = stepOf(type, id);
    var d = PlaybookJson.step(current.relationshipType(), JsonInput.parseObject(body));
    return StepView.of(playbooks.changeStep(new PlaybookStepId(id), version, d));
  }

  private dev.cxcrm.domain.playbook.PlaybookStep stepOf(String type, long id) {
    var s = playbooks.step(PlaybookStepId.lookup(id));
    if (s.relationshipType() != type(type)) {
      throw new NotFound("Step " + id);
    }
    return s;
  }

  /** A path's type; an unknown one names no playbook. */
  private static RelationshipType type(String name) {
    return Arrays.stream(RelationshipType.values())
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new NotFound("Playbook " + name));
  }
}
