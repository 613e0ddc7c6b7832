package dev.cxcrm.web.journey;

import dev.cxcrm.domain.journey.FunnelPeriod;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.journey.JourneyService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.Problems;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The journey funnel for dashboards and other systems; every member of staff may read it. */
@Path("journey/funnel")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Customer journey")
public class FunnelResource {
  @Inject JourneyService journey;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "getFunnel",
      summary = "The journey funnel",
      description =
          "Per stage: customers now, conversion to a later stage in the period (with numerator and "
              + "denominator) and the median days in the stage (with its sample size). Days are "
              + "whole days in the business's time zone, both included; default: the last 90 days.")
  @APIResponse(
      responseCode = "200",
      description = "The funnel.",
      content = @Content(schema = @Schema(implementation = FunnelView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A bad date, an end before the start, or an unknown relationship type.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public FunnelView funnel(
      @QueryParam("from") String from,
      @Parameter(
              description = "Last day, YYYY-MM-DD (default today).",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(description = "Only customers with this segment label.") @QueryParam("segment")
          String segment,
      @Parameter(schema = @Schema(type = SchemaType.STRING, ref = "RelationshipType"))
          @QueryParam("relationshipType")
          String relationshipType) {
    QueryInput in = new QueryInput();
    LocalDate start = in.date("from", from);
    LocalDate end = in.date("to", to);
    RelationshipType type =
        in.enumValue("relationshipType", relationshipType, RelationshipType.class);
    ReportPeriod period = in.period(start, end, FunnelPeriod.RULE, time.today());
    in.done();
    String label = QueryInput.text(segment);
    return FunnelView.of(journey.funnel(period.from(), period.to(), label, type), label, type);
  }
}
