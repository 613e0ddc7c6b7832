package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.metrics.MetricService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.interaction.InteractionApiViews.ComplianceView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Standard compliance and response times, for managers. */
@Path("response-compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
@Tag(name = "Interactions")
public class ComplianceResource {
  @Inject MetricService metrics;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "getResponseCompliance",
      summary = "Response-time compliance",
      description =
          "Inbound contacts with a deadline that occurred from the day from to the day to (both "
              + "inclusive, in the business's time zone; default: the last 28 days; at most three "
              + "years), per channel, agent (the contact's, else the customer's owner when the contact "
              + "was first counted; an empty key for nobody) or week (keyed by its Monday): the share "
              + "answered in time, median and p90 response time, each with its sample size, as "
              + "/api/metrics/compliance and /api/metrics/response-time count them. MANAGER or ADMIN "
              + "only.")
  @APIResponse(
      responseCode = "200",
      description = "The figures.",
      content = @Content(schema = @Schema(implementation = ComplianceView.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a manager.",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public ComplianceView compliance(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"channel", "agent", "week"},
                      defaultValue = "channel"))
          @QueryParam("by")
          String by) {
    QueryInput in = new QueryInput();
    ReportPeriod period = in.period(from, to, ResponseCompliance.PERIOD, time.today());
    var cut =
        in.enumIgnoringCase("by", by, ResponseCompliance.By.class, ResponseCompliance.By.CHANNEL);
    in.done();
    return ComplianceView.of(metrics.compliance(period.from(), period.to(), cut), time.zone());
  }
}
