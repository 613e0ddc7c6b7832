package dev.cxcrm.web.journey;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.journey.JourneyService;
import dev.cxcrm.web.shared.JsonInput;
import dev.cxcrm.web.shared.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's journey stage: read it, move it (the only way it changes; each move is kept in the
 * history). Its own root path, below the customer's, so that /api/customers/{id} stays with {@code
 * CustomerResource}.
 */
@Path("customers/{id: [0-9]{1,18}}/stage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Customer journey", description = "Journey stages of customers and their history.")
public class CustomerStageResource {
  @Inject CustomerService customers;
  @Inject JourneyService journey;

  @GET
  @Operation(operationId = "getCustomerStage", summary = "A customer's journey stage")
  @APIResponse(
      responseCode = "200",
      description = "The stage and since when.",
      content = @Content(schema = @Schema(implementation = StageView.class)))
  public StageView get(@PathParam("id") long id) {
    return StageView.of(customers.get(CustomerId.lookup(id)));
  }

  @PUT
  @Operation(
      operationId = "moveCustomerStage",
      summary = "Move a customer to a journey stage",
      description =
          "Body {\"stage\": \"PURCHASE\"}. Records the change (from, to, when, who); the stage it is "
              + "already at changes nothing. An AGENT may move only customers it owns or that have no owner.")
  @RequestBody(content = @Content(schema = @Schema(implementation = StageView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The customer's stage after the move.",
      content = @Content(schema = @Schema(implementation = StageView.class)))
  @APIResponse(
      responseCode = "403",
      description = "An agent and the customer belongs to someone else.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "412",
      description = "Someone moved or changed the customer at the same moment; read and repeat.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public StageView move(@PathParam("id") long id, InputStream body) {
    var stage = JourneyJson.stage(JsonInput.parseObject(body));
    var moved = journey.moveStage(CustomerId.lookup(id), stage);
    return StageView.of(moved.customer());
  }
}
