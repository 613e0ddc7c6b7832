package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FeedbackId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.feedback.FeedbackService;
import dev.cxcrm.ejb.shared.CreateResult;
import dev.cxcrm.ejb.shared.TimeSource;
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

/**
 * Feedback for other systems (survey tools, review sites, social listening, the help desk): record
 * one or up to 1,000, read one, a customer's feedback and latest scores. Every use case is one call
 * of {@link FeedbackService}; this class translates HTTP.
 */
@Path("feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Feedback", description = "What customers said, from every source.")
public class FeedbackResource {
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject FeedbackService feedback;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @POST
  @Operation(
      operationId = "recordFeedback",
      summary = "Record a piece of feedback",
      description =
          "With an externalId recorded before: the same content answers 200 with the first record"
              + " and records nothing; different content answers 409.")
  @RequestBody(content = @Content(schema = @Schema(ref = "Feedback")))
  @APIResponse(
      responseCode = "201",
      description = "Recorded.",
      content = @Content(schema = @Schema(ref = "Feedback")))
  public Response record(InputStream body) {
    CreateResult<Feedback> r = feedback.record(FeedbackJson.read(JsonInput.parseObject(body)));
    FeedbackView view = FeedbackView.of(r.record(), time.zone());
    return Answers.createdOrFound(uri, FeedbackResource.class, r.record().id(), view, r.created());
  }

  @POST
  @Path("bulk")
  @Operation(
      operationId = "bulkRecordFeedback",
      summary = "Record up to 1,000 pieces of feedback at once",
      description = BulkAnswer.DESCRIPTION)
  @RequestBody(content = @Content(schema = @Schema(ref = "FeedbackBulkRequest")))
  @APIResponse(
      responseCode = "200",
      description = "One result per row, in request order.",
      content = @Content(schema = @Schema(implementation = BulkAnswer.class)))
  public BulkAnswer bulk(InputStream body) {
    var items = JsonInput.items(JsonInput.parseObject(body), FeedbackService.BULK_MAX);
    return BulkAnswer.of(items, FeedbackJson::read, feedback::recordAll);
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getFeedback", summary = "Read a piece of feedback")
  @APIResponse(
      responseCode = "200",
      description = "The feedback.",
      content = @Content(schema = @Schema(ref = "Feedback")))
  public FeedbackView get(@PathParam("id") long id) {
    return FeedbackView.of(feedback.get(FeedbackId.lookup(id)), time.zone());
  }

  @GET
  @Operation(
      operationId = "listFeedback",
      summary = "List a customer's feedback",
      description = "Newest first (by receivedAt), by keyset pages (pass next as cursor).")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = FeedbackView.Page.class)))
  public FeedbackView.Page list(
      @Parameter(
              required = true,
              description = "The customer whose feedback to list.",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("customerId")
          String customerId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    CustomerPages.Request query = CustomerPages.read("customerId", customerId, limit);
    var page = feedback.forCustomer(query.customer(), cursor, query.size());
    return new FeedbackView.Page(
        page.items().stream().map(f -> FeedbackView.of(f, time.zone())).toList(), page.next());
  }

  @GET
  @Path("latest-scores")
  @Operation(
      operationId = "getLatestScores",
      summary = "A customer's latest scores",
      description =
          "The latest NPS (with its group), CSAT and CES answers, each with when it was given;"
              + " null where the customer never answered: no answer is no score, not 0.")
  @APIResponse(
      responseCode = "200",
      description = "The latest scores.",
      content = @Content(schema = @Schema(implementation = LatestScoresView.class)))
  public LatestScoresView latest(
      @Parameter(
              required = true,
              description = "The customer.",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @QueryParam("customerId")
          String customerId) {
    CustomerId customer = CustomerPages.read("customerId", customerId, null).customer();
    return LatestScoresView.of(feedback.latest(customer), time.zone());
  }
}
