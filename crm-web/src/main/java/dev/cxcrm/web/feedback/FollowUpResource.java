package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.Recovery;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.feedback.FollowUpItem;
import dev.cxcrm.ejb.feedback.FollowUpService;
import dev.cxcrm.ejb.shared.TimeSource;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The closed loop's follow-ups: the caller's queue, the managers' queue, closing one. */
@Path("follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Follow-ups", description = "Service recovery after an unhappy answer.")
public class FollowUpResource {
  private static final String ID = "{id: [0-9]{1,18}}";
  private static final Set<String> DONE = Set.of("action", "outcome");

  @Inject FollowUpService followUps;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "listFollowUps",
      summary = "List open follow-ups",
      description =
          "Earliest due first, by keyset pages. scope=mine (default): the caller's; scope=managers:"
              + " those of customers without an owner (MANAGER and ADMIN only, else 403).")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = FollowUpView.Page.class)))
  public FollowUpView.Page list(
      @Parameter(
              schema =
                  @Schema(
                      defaultValue = "mine",
                      type = SchemaType.STRING,
                      enumeration = {"mine", "managers"}))
          @QueryParam("scope")
          String scope,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    QueryInput in = new QueryInput();
    var s =
        in.enumIgnoringCase(
            "scope", scope, FollowUpService.Scope.class, FollowUpService.Scope.MINE);
    int size = in.limit(limit, FollowUpService.PAGE_DEFAULT, FollowUpService.PAGE_MAX);
    in.done();
    var page = followUps.queue(s, cursor, size);
    return Answers.page(page, this::view, FollowUpView.Page::new);
  }

  @GET
  @Path("recovery")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @Operation(
      operationId = "getRecoveryRate",
      summary = "The recovery rate of the closed loop",
      description =
          "MANAGER or ADMIN. The unhappy answers given in the period (default the last 90 days, at"
              + " most 366) whose follow-up was done, and how many of their customers answered"
              + " better the next time.")
  @APIResponse(
      responseCode = "200",
      description = "The rate with its sample size.",
      content = @Content(schema = @Schema(implementation = FollowUpView.RecoveryView.class)))
  public FollowUpView.RecoveryView recovery(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    QueryInput in = new QueryInput();
    ReportPeriod period = in.period(from, to, Recovery.PERIOD, time.today());
    in.done();
    return FollowUpView.RecoveryView.of(followUps.recovery(period));
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getFollowUp", summary = "Read a follow-up")
  @APIResponse(
      responseCode = "200",
      description = "The follow-up.",
      content = @Content(schema = @Schema(implementation = FollowUpView.class)))
  public FollowUpView get(@PathParam("id") long id) {
    return view(followUps.get(CustomerPages.positive(id)));
  }

  @POST
  @Path(ID + "/done")
  @Operation(
      operationId = "closeFollowUp",
      summary = "Close a follow-up",
      description =
          "Records what was done and how it ended. Needs If-Match. The assignee, a manager or an"
              + " administrator; 409 when it is closed already.")
  @RequestBody(content = @Content(schema = @Schema(ref = "FollowUpDone")))
  @APIResponse(
      responseCode = "200",
      description = "The follow-up, closed.",
      content = @Content(schema = @Schema(implementation = FollowUpView.class)))
  public FollowUpView done(
      @PathParam("id") long id,
      @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    int version = Versions.required(ifMatch);
    JsonInput in = JsonInput.read(body, DONE);
    String action = in.string("action");
    String outcome = in.string("outcome");
    in.done();
    return view(followUps.close(CustomerPages.positive(id), version, action, outcome));
  }

  private FollowUpView view(FollowUpItem item) {
    return FollowUpView.of(item, time.now(), time.zone());
  }
}
