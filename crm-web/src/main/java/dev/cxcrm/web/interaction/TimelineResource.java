package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.interaction.InteractionApiViews.TimelineItem;
import dev.cxcrm.web.interaction.InteractionApiViews.TimelinePage;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's timeline: interactions, stage changes and cases, newest first. */
@Path("customers/{id: [0-9]{1,18}}/timeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Interactions")
public class TimelineResource {
  @Inject InteractionService interactions;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "getCustomerTimeline",
      summary = "A customer's timeline",
      description =
          "Interactions, stage changes, cases opened and resolved, newest first, in keyset pages: pass "
              + "the answer's next as cursor. With channel, only interactions on that channel.")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = TimelinePage.class)))
  public TimelinePage timeline(
      @PathParam("id") long id,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "Channel")) @QueryParam("channel")
          String channel,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    QueryInput in = new QueryInput();
    Channel c = in.enumIgnoringCase("channel", channel, Channel.class);
    int size = InteractionPages.size(in, limit);
    var page = interactions.timeline(CustomerId.lookup(id), c, cursor, size);
    var now = time.now();
    return Answers.page(page, e -> TimelineItem.of(e, now, time.zone()), TimelinePage::new);
  }
}
