package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.CaseId;
import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.CaseStatus;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.interaction.InteractionId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.interaction.CaseChanges;
import dev.cxcrm.ejb.interaction.CaseFile;
import dev.cxcrm.ejb.interaction.CaseFilter;
import dev.cxcrm.ejb.interaction.CaseReports;
import dev.cxcrm.ejb.interaction.CaseService;
import dev.cxcrm.ejb.interaction.NewCase;
import dev.cxcrm.ejb.shared.TimeSource;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cases for other systems and scripts: list, open, read with ETags, change, attach and detach
 * interactions, resolve, reopen, and the resolution and FCR figures. Each use case is one call of
 * {@link CaseService}; this class translates HTTP only.
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Cases", description = "Customer problems, their interactions, resolution and FCR.")
public class CaseResource {
  static final String MERGE_PATCH = "application/merge-patch+json";
  private static final String ID = "{id: [0-9]{1,18}}";
  private static final Set<String> NEW_FIELDS =
      Set.of("customerId", "type", "priority", "subject", "owner", "interactionIds");
  private static final Set<String> CHANGE_FIELDS = Set.of("priority", "owner", "status", "subject");

  @Inject CaseService cases;
  @Inject CaseReports reports;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listCases",
      summary = "List cases",
      description =
          "Newest first, in keyset pages: pass the answer's next as cursor for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = CaseView.Page.class)))
  public CaseView.Page list(
      @Parameter(schema = @Schema(ref = "CaseStatus")) @QueryParam("status") String status,
      @Parameter(schema = @Schema(ref = "CaseType")) @QueryParam("type") String type,
      @Parameter(description = "The owner's user name.") @QueryParam("owner") String owner,
      @Parameter(description = "true: only cases without an owner.") @QueryParam("unassigned")
          String unassigned,
      @Parameter(description = "Only this customer's cases.") @QueryParam("customerId")
          String customerId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    QueryInput in = new QueryInput();
    CaseStatus s = in.enumValue("status", status, CaseStatus.class);
    CaseType t = in.enumValue("type", type, CaseType.class);
    Long customer = in.longValue("customerId", customerId);
    Boolean onlyUnassigned = in.bool("unassigned", unassigned);
    String ownerName = QueryInput.text(owner);
    if (Boolean.TRUE.equals(onlyUnassigned) && ownerName != null) {
      in.refuse("unassigned", "case.validation.ownerOrUnassigned", "Give owner or unassigned.");
    }
    int size = in.limit(limit, CaseFilter.DEFAULT_LIMIT, CaseFilter.MAX_LIMIT);
    in.done();
    Page<CaseFile> page =
        cases.list(
            new CaseFilter(ownerName, Boolean.TRUE.equals(onlyUnassigned), s, t, customer, size),
            cursor);
    return Answers.page(page, CaseView::of, CaseView.Page::new);
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getCase",
      summary = "Read a case",
      description = "The ETag is the version.")
  @APIResponse(
      responseCode = "200",
      description = "The case.",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match.")
  public Response get(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    CaseFile f = cases.get(CaseId.lookup(id));
    return Answers.unlessCurrent(ifNoneMatch, f.serviceCase().version(), () -> CaseView.of(f));
  }

  @POST
  @Operation(
      operationId = "openCase",
      summary = "Open a case",
      description =
          "For a customer, with some of that customer's interactions (interactionIds; none in"
              + " another case). priority defaults to NORMAL. An AGENT may only name itself as"
              + " owner, or leave the case unassigned.")
  @RequestBody(content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Opened.",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  public Response open(InputStream body) {
    JsonInput json = JsonInput.read(body, NEW_FIELDS);
    NewCase n =
        new NewCase(
            json.longValue("customerId"),
            json.enumValue("type", CaseType.class),
            json.enumValue("priority", CasePriority.class),
            json.string("subject"),
            json.string("owner"),
            json.longs("interactionIds"));
    json.done();
    CaseFile f = cases.open(n);
    return Answers.created(uri, CaseResource.class, f.serviceCase().id(), CaseView.of(f)).build();
  }

  @PATCH
  @Path(ID)
  @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
  @Operation(
      operationId = "changeCase",
      summary = "Change priority, owner, status or subject",
      description =
          "Members given are set (owner null: unassigned). status moves between OPEN and"
              + " IN_PROGRESS; RESOLVED is reached by .../resolve and left by .../reopen. Needs"
              + " If-Match.")
  @RequestBody(content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The case as saved.",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  public CaseView change(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    JsonInput json = JsonInput.read(body, CHANGE_FIELDS);
    CaseChanges changes =
        new CaseChanges(
            json.enumValue("priority", CasePriority.class),
            json.has("owner"),
            json.string("owner"),
            json.enumValue("status", CaseStatus.class),
            json.string("subject"));
    json.done();
    return CaseView.of(cases.change(CaseId.lookup(id), version, changes));
  }

  @POST
  @Path(ID + "/interactions")
  @Operation(
      operationId = "attachCaseInteractions",
      summary = "Attach interactions",
      description =
          "{\"interactionIds\": [...]}: interactions of the case's customer that are in no other"
              + " case. Not on a resolved case (reopen it first). If-Match is checked when sent.")
  @RequestBody(content = @Content(schema = @Schema(ref = "CaseInteractionIds")))
  @APIResponse(
      responseCode = "200",
      description = "The case with its interactions.",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The case is resolved.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public CaseView attach(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    Integer version = Versions.parseOrNull(ifMatch);
    JsonInput json = JsonInput.read(body, Set.of("interactionIds"));
    List<Long> ids = json.longs("interactionIds");
    json.done();
    return CaseView.of(cases.attach(CaseId.lookup(id), version, ids));
  }

  @DELETE
  @Path(ID + "/interactions/{interactionId: [0-9]{1,18}}")
  @Operation(
      operationId = "detachCaseInteraction",
      summary = "Detach an interaction",
      description = "Not on a resolved case.")
  @APIResponse(
      responseCode = "200",
      description = "The case without it.",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such case, or the interaction is not in it.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public CaseView detach(
      @PathParam("id") long id,
      @PathParam("interactionId") long interactionId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Integer version = Versions.parseOrNull(ifMatch);
    return CaseView.of(
        cases.detach(CaseId.lookup(id), version, InteractionId.lookup(interactionId)));
  }

  @POST
  @Path(ID + "/resolve")
  @Operation(
      operationId = "resolveCase",
      summary = "Resolve a case",
      description =
          "{\"rootCauseId\": ..., \"resolution\": \"...\"}: both required; the root cause must be"
              + " active. firstContactResolution is true when the case holds exactly one inbound"
              + " interaction and was never reopened. If-Match is checked when sent.")
  @RequestBody(content = @Content(schema = @Schema(ref = "CaseResolution")))
  @APIResponse(
      responseCode = "200",
      description = "The resolved case.",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The case is already resolved.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public CaseView resolve(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    Integer version = Versions.parseOrNull(ifMatch);
    JsonInput json = JsonInput.read(body, Set.of("rootCauseId", "resolution"));
    Long rootCauseId = json.longValue("rootCauseId");
    String resolution = json.string("resolution");
    json.done();
    return CaseView.of(cases.resolve(CaseId.lookup(id), version, rootCauseId, resolution));
  }

  @POST
  @Path(ID + "/reopen")
  @Operation(
      operationId = "reopenCase",
      summary = "Reopen a resolved case",
      description = "reopenCount goes up; the case can never be a first-contact resolution again.")
  @APIResponse(
      responseCode = "200",
      description = "The reopened case.",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The case is not resolved.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public CaseView reopen(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Integer version = Versions.parseOrNull(ifMatch);
    return CaseView.of(cases.reopen(CaseId.lookup(id), version));
  }

  @GET
  @Path("rates")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "getCaseRates",
      summary = "Resolution and first-contact-resolution rates",
      description =
          "For the days from..to (inclusive, in the business's time zone; default: the last six"
              + " months to today), in total and per month, channel (of the first inbound"
              + " interaction) or agent (the owner). Resolution rate: of the cases opened in the"
              + " period (row), the share resolved by its end. FCR rate: of the cases resolved in"
              + " it, the share resolved at first contact. MANAGER or ADMIN only.")
  @APIResponse(
      responseCode = "200",
      description = "The rates with numerators and denominators.",
      content = @Content(schema = @Schema(implementation = CaseRatesView.class)))
  public CaseRatesView rates(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"month", "channel", "agent"},
                      defaultValue = "month"))
          @QueryParam("by")
          String by) {
    QueryInput in = new QueryInput();
    String cut = in.word("by", by, List.of("month", "channel", "agent"), "month");
    ReportPeriod period = in.period(from, to, CaseRates.PERIOD, time.today());
    in.done();
    return CaseRatesView.of(reports.rates(period.from(), period.to()), cut);
  }
}
