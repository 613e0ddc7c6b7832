package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.Purchase;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.feedback.PurchaseService;
import dev.cxcrm.ejb.shared.CreateResult;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.feedback.PurchaseViews.PurchasePage;
import dev.cxcrm.web.feedback.PurchaseViews.PurchaseView;
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

/** Purchases pushed by shops, tills and billing systems; the lifetime value metrics read them. */
@Path("purchases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Purchases", description = "What customers bought, for lifetime value.")
public class PurchaseResource {
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject PurchaseService purchases;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @POST
  @Operation(
      operationId = "recordPurchase",
      summary = "Record a purchase",
      description =
          "With an externalId recorded before: the same content answers 200 with the first record;"
              + " different content answers 409.")
  @RequestBody(content = @Content(schema = @Schema(ref = "Purchase")))
  @APIResponse(
      responseCode = "201",
      description = "Recorded.",
      content = @Content(schema = @Schema(ref = "Purchase")))
  public Response record(InputStream body) {
    CreateResult<Purchase> r =
        purchases.purchase(PurchaseViews.purchase(JsonInput.parseObject(body)));
    PurchaseView view = PurchaseView.of(r.record(), time.zone());
    return Answers.createdOrFound(uri, PurchaseResource.class, r.record().id(), view, r.created());
  }

  @POST
  @Path("bulk")
  @Operation(
      operationId = "bulkRecordPurchases",
      summary = "Record up to 1,000 purchases at once",
      description = BulkAnswer.DESCRIPTION)
  @RequestBody(content = @Content(schema = @Schema(ref = "PurchaseBulkRequest")))
  @APIResponse(
      responseCode = "200",
      description = "One result per purchase, in request order.",
      content = @Content(schema = @Schema(implementation = BulkAnswer.class)))
  public BulkAnswer bulk(InputStream body) {
    var items = JsonInput.items(JsonInput.parseObject(body), PurchaseService.BULK_MAX);
    return BulkAnswer.of(items, PurchaseViews::purchase, purchases::purchases);
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getPurchase", summary = "Read a purchase")
  @APIResponse(
      responseCode = "200",
      description = "The purchase.",
      content = @Content(schema = @Schema(ref = "Purchase")))
  public PurchaseView get(@PathParam("id") long id) {
    return PurchaseView.of(purchases.purchase(CustomerPages.positive(id)), time.zone());
  }

  @GET
  @Operation(
      operationId = "listPurchases",
      summary = "List a customer's purchases",
      description = "Newest first (by purchasedAt), by keyset pages (pass next as cursor).")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = PurchasePage.class)))
  public PurchasePage list(
      @Parameter(
              required = true,
              description = "The customer who bought.",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("customerId")
          String customerId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    CustomerPages.Request page = CustomerPages.read("customerId", customerId, limit);
    var found = purchases.purchasesOf(page.customer(), cursor, page.size());
    return Answers.page(found, p -> PurchaseView.of(p, time.zone()), PurchasePage::new);
  }
}
