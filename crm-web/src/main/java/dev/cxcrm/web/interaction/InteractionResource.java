package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.interaction.InteractionId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.ejb.interaction.Logged;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.BulkAnswer;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Interactions for other systems (help desk, phone system, web shop): log one or up to 1,000, read
 * one. Every use case is one call of {@link InteractionService}; this class translates HTTP.
 */
@Path("interactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Interactions", description = "Contacts with customers on every channel.")
public class InteractionResource {
  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject InteractionService interactions;
  @Inject TimeSource time;
  @Context UriInfo uri;

  @POST
  @Operation(
      operationId = "logInteraction",
      summary = "Log an interaction",
      description =
          "An inbound contact that awaits an answer gets dueAt from the channel's response standard; "
              + "a reactive outbound one answers what it names in replyTo, or else the customer's "
              + "contacts still open when it occurred (within its case); a proactive one answers nothing. "
              + "With an externalId logged before: the same content answers 200 with the first interaction "
              + "and logs nothing; different content answers 409.")
  @RequestBody(content = @Content(schema = @Schema(implementation = InteractionView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Logged.",
      content = @Content(schema = @Schema(implementation = InteractionView.class)))
  public Response log(InputStream body) {
    InteractionDraft draft = InteractionJson.read(JsonInput.parseObject(body));
    Logged l = interactions.log(draft);
    InteractionView view = InteractionView.of(l.interaction(), time.now(), time.zone());
    return Answers.createdOrFound(
        uri, InteractionResource.class, l.interaction().id(), view, l.created());
  }

  @POST
  @Path("bulk")
  @Operation(
      operationId = "bulkLogInteractions",
      summary = "Log up to 1,000 interactions at once",
      description =
          "Each row is checked and answered on its own: CREATED, EXISTING (same externalId and "
              + "content logged before) or REJECTED with its errors; nothing of a rejected row is written, "
              + "the others are, so the answer is 200 even when some rows are rejected. Answers are "
              + "settled in order of occurredAt. More than 1,000 rows: 400.")
  @RequestBody(
      content = @Content(schema = @Schema(implementation = InteractionApiViews.BulkRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "One result per row, in request order.",
      content = @Content(schema = @Schema(implementation = BulkAnswer.class)))
  public BulkAnswer bulk(InputStream body) {
    JsonArray items = JsonInput.items(JsonInput.parseObject(body), InteractionService.BULK_MAX);
    return BulkAnswer.of(items, InteractionJson::read, interactions::logAll);
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getInteraction", summary = "Read an interaction")
  @APIResponse(
      responseCode = "200",
      description = "The interaction.",
      content = @Content(schema = @Schema(implementation = InteractionView.class)))
  public InteractionView get(@PathParam("id") long id) {
    return InteractionView.of(interactions.get(InteractionId.lookup(id)), time.now(), time.zone());
  }
}
