package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.interaction.DueScope;
import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.interaction.InteractionApiViews.DuePage;
import dev.cxcrm.web.interaction.InteractionApiViews.DueView;
import dev.cxcrm.web.shared.Answers;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** The due queue: inbound contacts awaiting an answer, earliest deadline first. */
@Path("due")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Interactions")
public class DueResource {
  @Inject InteractionService interactions;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "getDueQueue",
      summary = "What is due",
      description =
          "Open inbound contacts awaiting an answer, by deadline, with the time left (negative and "
              + "overdue once passed). scope=mine (default): those the caller is responsible for, i.e. "
              + "the contact's agent is the caller, or it has no agent and the caller owns the customer; "
              + "scope=team: everyone's.")
  @APIResponse(
      responseCode = "200",
      description = "One page.",
      content = @Content(schema = @Schema(implementation = DuePage.class)))
  public DuePage due(
      @Parameter(
              description = "mine: the contacts the caller answers; team: everyone's.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"mine", "team"},
                      defaultValue = "mine"))
          @QueryParam("scope")
          String scope,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    QueryInput in = new QueryInput();
    DueScope s = in.enumIgnoringCase("scope", scope, DueScope.class, DueScope.MINE);
    var page = interactions.due(s, cursor, InteractionPages.size(in, limit));
    var now = time.now();
    return Answers.page(page, d -> DueView.of(d, now, time.zone()), DuePage::new);
  }
}
