package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.RootCause;
import dev.cxcrm.domain.interaction.RootCauseCategory;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.interaction.RootCauses;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.Problems;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The root-cause catalogue: everyone reads it, managers and admins keep it. */
@Path("root-causes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Root causes", description = "The causes cases are resolved with.")
@APIResponse(
    responseCode = "403",
    description = "Only MANAGER and ADMIN keys change the catalogue.",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class RootCauseResource {
  private static final Set<String> FIELDS =
      Set.of("id", "version", "category", "nameJa", "nameEn", "active");

  @Inject RootCauses rootCauses;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listRootCauses",
      summary = "The root-cause catalogue",
      description = "All entries by category and name; inactive ones cannot be chosen anew.")
  @APIResponse(
      responseCode = "200",
      description = "The catalogue.",
      content = @Content(schema = @Schema(implementation = RootCauseView.Items.class)))
  public RootCauseView.Items list() {
    return new RootCauseView.Items(rootCauses.all().stream().map(RootCauseView::of).toList());
  }

  @POST
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "createRootCause",
      summary = "Add a root cause",
      description = "MANAGER or ADMIN only; it starts active.")
  @RequestBody(content = @Content(schema = @Schema(implementation = RootCauseView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Added.",
      content = @Content(schema = @Schema(implementation = RootCauseView.class)))
  public Response create(InputStream body) {
    JsonInput json = JsonInput.read(body, FIELDS);
    RootCauseCategory category = json.enumValue("category", RootCauseCategory.class);
    String ja = json.string("nameJa");
    String en = json.string("nameEn");
    json.done();
    RootCause r = rootCauses.create(category, ja, en);
    return Answers.created(uri, RootCauseResource.class, r.id(), RootCauseView.of(r)).build();
  }

  @PUT
  @Path("{id: [0-9]{1,18}}")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "editRootCause",
      summary = "Change a root cause",
      description =
          "Rename, recategorise, or deactivate it (active false; absent means true). If-Match is"
              + " checked when sent. MANAGER or ADMIN only.")
  @RequestBody(content = @Content(schema = @Schema(implementation = RootCauseView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The entry as saved.",
      content = @Content(schema = @Schema(implementation = RootCauseView.class)))
  public RootCauseView edit(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    Integer version = Versions.parseOrNull(ifMatch);
    JsonInput json = JsonInput.read(body, FIELDS);
    RootCauseCategory category = json.enumValue("category", RootCauseCategory.class);
    String ja = json.string("nameJa");
    String en = json.string("nameEn");
    Boolean active = json.bool("active");
    json.done();
    RootCause r = rootCauses.edit(id, version, category, ja, en, active == null || active);
    return RootCauseView.of(r);
  }
}
