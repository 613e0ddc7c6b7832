package dev.cxcrm.web.journey;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.journey.JourneyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The history of a customer's journey stages; every member of staff may read it. */
@Path("customers/{id: [0-9]{1,18}}/stage-history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Customer journey")
public class StageHistoryResource {
  @Inject JourneyService journey;

  @GET
  @Operation(
      operationId = "getCustomerStageHistory",
      summary = "A customer's stage changes",
      description =
          "Newest first, at most 500. A customer starts at its first stage when it is created; "
              + "that start is not a change.")
  @APIResponse(
      responseCode = "200",
      description = "The changes.",
      content = @Content(schema = @Schema(implementation = StageHistoryView.class)))
  public StageHistoryView history(@PathParam("id") long id) {
    return StageHistoryView.of(journey.history(CustomerId.lookup(id)));
  }
}
