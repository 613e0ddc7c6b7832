package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.Referral;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.feedback.PurchaseService;
import dev.cxcrm.ejb.shared.CreateResult;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.feedback.PurchaseViews.ReferralPage;
import dev.cxcrm.web.feedback.PurchaseViews.ReferralView;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.BulkAnswer;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

/** Referrals: a customer brought someone; the referral volume metric counts them. */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Referrals", description = "Who customers brought.")
public class ReferralResource {
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject PurchaseService service;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @POST
  @Operation(
      operationId = "recordReferral",
      summary = "Record a referral",
      description =
          "With an externalId recorded before: the same content answers 200 with the first record;"
              + " different content answers 409.")
  @RequestBody(content = @Content(schema = @Schema(implementation = ReferralView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded.",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public Response record(InputStream body) {
    CreateResult<Referral> r =
        service.referral(PurchaseViews.referral(JsonInput.parseObject(body)));
    ReferralView view = ReferralView.of(r.record(), time.zone());
    return Answers.createdOrFound(uri, ReferralResource.class, r.record().id(), view, r.created());
  }

  @POST
  @Path("bulk")
  @Operation(
      operationId = "bulkRecordReferrals",
      summary = "Record up to 1,000 referrals at once",
      description = BulkAnswer.DESCRIPTION)
  @RequestBody(
      content = @Content(schema = @Schema(implementation = PurchaseViews.ReferralBulk.class)))
  @APIResponse(
      responseCode = "200",
      description = "One result per referral, in request order.",
      content = @Content(schema = @Schema(implementation = BulkAnswer.class)))
  public BulkAnswer bulk(InputStream body) {
    var items = JsonInput.items(JsonInput.parseObject(body), PurchaseService.BULK_MAX);
    return BulkAnswer.of(items, PurchaseViews::referral, service::referrals);
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getReferral", summary = "Read a referral")
  @APIResponse(
      responseCode = "200",
      description = "The referral.",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  public ReferralView get(@PathParam("id") long id) {
    return ReferralView.of(service.referral(CustomerPages.positive(id)), time.zone());
  }

  @GET
  @Operation(
      operationId = "listReferrals",
      summary = "List the referrals a customer made",
      description = "Newest first (by referredAt), by keyset pages (pass next as cursor).")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = ReferralPage.class)))
  public ReferralPage list(
      @Parameter(
              required = true,
              description = "The customer who referred.",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("referrerId")
          String referrerId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    CustomerPages.Request page = CustomerPages.read("referrerId", referrerId, limit);
    var found = service.referralsBy(page.customer(), cursor, page.size());
    return Answers.page(found, p -> ReferralView.of(p, time.zone()), ReferralPage::new);
  }
}
