package dev.cxcrm.web.journey;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.interaction.CaseId;
import dev.cxcrm.domain.journey.PainPoint;
import dev.cxcrm.domain.journey.PainPointStatus;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.journey.EmotionMapTouchpoint;
import dev.cxcrm.ejb.journey.PainPointFilter;
import dev.cxcrm.ejb.journey.PainPointService;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.Problems;
import dev.cxcrm.web.shared.QueryInput;
import dev.cxcrm.web.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pain points for other systems: the prioritised list, one pain point with its ETag, create,
 * replace (If-Match) and the links to customers and cases. Each use case is one call of {@link
 * PainPointService}; reading is for all staff, changing for MANAGER and ADMIN.
 */
@Path("pain-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Pain points", description = "Problems at touchpoints, ordered by priority score.")
@APIResponse(
    responseCode = "403",
    description = "Changing needs the role MANAGER or ADMIN.",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class PainPointResource {
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject PainPointService painPoints;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listPainPoints",
      summary = "The prioritised list of pain points",
      description =
          "Highest score first (score = affected customers × severity), then newest; keyset pages: "
              + "pass the answer's next as cursor.")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = PainPointPage.class)))
  public PainPointPage list(
      @Parameter(description = "Only pain points at this touchpoint.") @QueryParam("touchpointId")
          String touchpointId,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "PainPointStatus"))
          @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    QueryInput in = new QueryInput();
    PainPointFilter filter =
        new PainPointFilter(
            in.id("touchpointId", touchpointId),
            in.enumValue("status", status, PainPointStatus.class),
            in.limit(limit, PainPointFilter.DEFAULT_LIMIT, PainPointFilter.MAX_LIMIT));
    in.done();
    var page = painPoints.list(filter, cursor);
    Map<Long, EmotionMapTouchpoint> touchpoints = painPoints.touchpoints();
    return Answers.page(page, p -> PainPointView.of(p, touchpoints), PainPointPage::new);
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getPainPoint",
      summary = "Read a pain point",
      description = "The ETag is the version.")
  @APIResponse(
      responseCode = "200",
      description = "The pain point.",
      content = @Content(schema = @Schema(implementation = PainPointView.class)))
  public PainPointView get(@PathParam("id") long id) {
    return view(painPoints.get(id));
  }

  @POST
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "createPainPoint",
      summary = "Record a pain point",
      description = "MANAGER or ADMIN.")
  @RequestBody(content = @Content(schema = @Schema(implementation = PainPointView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content = @Content(schema = @Schema(implementation = PainPointView.class)))
  public Response create(InputStream body) {
    PainPoint p = painPoints.create(PainPointJson.read(JsonInput.parseObject(body)));
    return Answers.created(uri, PainPointResource.class, p.id(), view(p)).build();
  }

  @PUT
  @Path(ID)
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "replacePainPoint",
      summary = "Replace a pain point",
      description =
          "Fields left out are cleared (status OPEN, affectedCount 0); links stay. Needs If-Match. "
              + "MANAGER or ADMIN.")
  @RequestBody(content = @Content(schema = @Schema(implementation = PainPointView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The pain point as saved.",
      content = @Content(schema = @Schema(implementation = PainPointView.class)))
  public PainPointView replace(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    return view(painPoints.update(id, version, PainPointJson.read(JsonInput.parseObject(body))));
  }

  @POST
  @Path(ID + "/customers")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "linkPainPointCustomers",
      summary = "Link affected customers",
      description =
          "Body {\"customerIds\": [..]}: customers that exist and are not archived; once any is linked, "
              + "the score counts the linked customers instead of affectedCount. If-Match is optional. "
              + "MANAGER or ADMIN.")
  @RequestBody(content = @Content(schema = @Schema(ref = "PainPointCustomerLinks")))
  @APIResponse(
      responseCode = "200",
      description = "The pain point with its new score.",
      content = @Content(schema = @Schema(implementation = PainPointView.class)))
  public PainPointView linkCustomers(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    var ids = PainPointJson.ids(JsonInput.parseObject(body), "customerIds");
    return view(painPoints.linkCustomers(id, Versions.parseOrNull(ifMatch), ids));
  }

  @DELETE
  @Path(ID + "/customers/{customerId: [0-9]{1,18}}")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "unlinkPainPointCustomer",
      summary = "Unlink a customer",
      description = "MANAGER or ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The pain point with its new score.",
      content = @Content(schema = @Schema(implementation = PainPointView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pain point, or the customer is not linked to it.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public PainPointView unlinkCustomer(
      @PathParam("id") long id, @PathParam("customerId") long customerId) {
    return view(painPoints.unlinkCustomer(id, CustomerId.lookup(customerId)));
  }

  @POST
  @Path(ID + "/cases")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "linkPainPointCases",
      summary = "Link cases",
      description = "Body {\"caseIds\": [..]}: cases that exist. MANAGER or ADMIN.")
  @RequestBody(content = @Content(schema = @Schema(ref = "PainPointCaseLinks")))
  @APIResponse(
      responseCode = "200",
      description = "The pain point.",
      content = @Content(schema = @Schema(implementation = PainPointView.class)))
  public PainPointView linkCases(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    var ids = PainPointJson.ids(JsonInput.parseObject(body), "caseIds");
    return view(painPoints.linkCases(id, Versions.parseOrNull(ifMatch), ids));
  }

  @DELETE
  @Path(ID + "/cases/{caseId: [0-9]{1,18}}")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "unlinkPainPointCase",
      summary = "Unlink a case",
      description = "MANAGER or ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The pain point.",
      content = @Content(schema = @Schema(implementation = PainPointView.class)))
  public PainPointView unlinkCase(@PathParam("id") long id, @PathParam("caseId") long caseId) {
    return view(painPoints.unlinkCase(id, CaseId.lookup(caseId)));
  }

  /** The body of a customer link request. */
  @Schema(name = "PainPointCustomerLinks")
  public record CustomerLinks(
      @Schema(required = true, type = SchemaType.ARRAY, implementation = Long.class)
          List<Long> customerIds) {}

  /** The body of a case link request. */
  @Schema(name = "PainPointCaseLinks")
  public record CaseLinks(
      @Schema(required = true, type = SchemaType.ARRAY, implementation = Long.class)
          List<Long> caseIds) {}

  private PainPointView view(PainPoint p) {
    return PainPointView.of(p, painPoints.touchpoints());
  }
}
