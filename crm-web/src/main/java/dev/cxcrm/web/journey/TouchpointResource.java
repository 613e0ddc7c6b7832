package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.Touchpoint;
import dev.cxcrm.domain.journey.TouchpointDraft;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.ejb.journey.TouchpointService;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.QueryInput;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The touchpoint catalogue for other systems: everyone reads it, managers and admins create and
 * change touchpoints. Versions travel as ETags; a change needs the one read in {@code If-Match}.
 */
@Path("touchpoints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Touchpoints", description = "Where customers meet the business, per journey stage.")
public class TouchpointResource {
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject TouchpointService touchpoints;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listTouchpoints",
      summary = "List the touchpoint catalogue",
      description = "In id order, by keyset pages; pass the answer's next as cursor.")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = TouchpointList.class)))
  public TouchpointList list(
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "JourneyStage"))
          @QueryParam("stage")
          String stage,
      @Parameter(
              description = "true: only touchpoints in use; false: only those out of use.",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("active")
          String active,
      @Parameter(
              description = "Page size, 1 to 500.",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
          @QueryParam("limit")
          String limit,
      @QueryParam("cursor") String cursor) {
    QueryInput in = new QueryInput();
    JourneyStage s = in.enumValue("stage", stage, JourneyStage.class);
    Boolean inUse = in.bool("active", active);
    Long after = in.cursor("cursor", cursor);
    int size = in.limit(limit, TouchpointService.LIMIT_DEFAULT, TouchpointService.LIMIT_MAX);
    in.done();
    Page<Touchpoint> page = touchpoints.list(s, inUse, after, size);
    return Answers.page(page, TouchpointView::of, TouchpointList::new);
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getTouchpoint",
      summary = "Read a touchpoint",
      description = "The ETag is the version.")
  @APIResponse(
      responseCode = "200",
      description = "The touchpoint.",
      content = @Content(schema = @Schema(implementation = TouchpointView.class)))
  public TouchpointView get(@PathParam("id") long id) {
    return TouchpointView.of(touchpoints.get(id));
  }

  @POST
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "createTouchpoint",
      summary = "Add a touchpoint",
      description = "MANAGER or ADMIN only. Without active, the touchpoint is in use.")
  @RequestBody(content = @Content(schema = @Schema(implementation = TouchpointView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content = @Content(schema = @Schema(implementation = TouchpointView.class)))
  public Response create(InputStream body) {
    TouchpointDraft d = JourneyJson.touchpoint(JsonInput.parseObject(body));
    if (d.active() == null) {
      d = d.withActive(true);
    }
    Touchpoint t = touchpoints.create(d);
    return Answers.created(uri, TouchpointResource.class, t.id(), TouchpointView.of(t)).build();
  }

  @PUT
  @Path(ID)
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "replaceTouchpoint",
      summary = "Replace a touchpoint",
      description = "MANAGER or ADMIN only. Every field is required. Needs If-Match.")
  @RequestBody(content = @Content(schema = @Schema(implementation = TouchpointView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The touchpoint as saved.",
      content = @Content(schema = @Schema(implementation = TouchpointView.class)))
  public TouchpointView replace(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    TouchpointDraft d = JourneyJson.touchpoint(JsonInput.parseObject(body));
    return TouchpointView.of(touchpoints.update(id, version, d));
  }
}
