package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.ClvMetric;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.ejb.metrics.MetricQuery;
import dev.cxcrm.ejb.metrics.MetricService;
import dev.cxcrm.ejb.shared.TimeSource;
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
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The metrics over a period, with their sample size, interval, change, cuts and trend. */
@Path("metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@Tag(name = "Metrics", description = "NPS, CSAT, CES, retention, churn and more, exact, with n.")
public class MetricsResource {
  @Inject MetricService metrics;
  @Inject TimeSource time;

  @GET
  @Path("{metric}")
  @Operation(
      operationId = "getMetric",
      summary = "A metric over a period",
      description =
          "from/to: days in the business time zone, both included (default this month and the two"
              + " before; at most three years). At most one cut is kept (segment, relationshipType,"
              + " stage, touchpointId, channel or agent). groupBy: week, month, quarter, half-year"
              + " or year for a trend (every group listed, empty ones with a null value), or a"
              + " cut's name for one entry per value; a cut kept and a period grouping together"
              + " give one cut's trend. Retention and churn count customers (not prospects, not"
              + " archived records) by the days they became one and churned, and are cut by what"
              + " the customer has now: segment, relationshipType and agent (its owner); other"
              + " cuts are refused. Referrals count the referrals made in the period (by their"
              + " time, whatever became of them), cut by the referrer's segment, relationshipType"
              + " and agent when the referral was recorded; a count is never a small sample."
              + " Lifetime value (clv) is given in one currency (currency; the business's by"
              + " default): the purchases to date per customer who bought, at the end of the"
              + " period (of each group), with the projection over the year up to that end"
              + " (average order value × orders per year × 1 / that year's churn), cut by the"
              + " buyer's segment, relationshipType and agent when the purchase was recorded."
              + " Resolution (of the cases opened in the period, the share resolved by its end) and"
              + " fcr (of the cases resolved in it, the share resolved at first contact) count the"
              + " cases as they stand now, cut by segment and relationshipType (the customer's when"
              + " the case was first counted), channel (its first inbound contact's) and agent (its"
              + " owner). Recovery: of the unhappy answers of the period (NPS 0-6, CSAT 1-2) whose"
              + " follow-up was done, the share whose customer's next answer to the same question"
              + " was better (pending: no next answer yet, not counted), cut as the answer is."
              + " Compliance (of the inbound contacts with a deadline that came in during the"
              + " period and whose outcome is known, answered or overdue now, the share answered"
              + " in time) and response-time (the median minutes to the answer of those answered,"
              + " p90 in the parts), as the compliance report counts them, cut by segment and"
              + " relationshipType (the customer's when the contact was first counted), channel"
              + " and agent (the contact's, else the customer's owner then).")
  @APIResponse(
      responseCode = "200",
      description = "The metric.",
      content = @Content(schema = @Schema(implementation = MetricView.class)))
  public MetricView get(
      @Parameter(
              required = true,
              schema =
                  @Schema(
                      enumeration = {
                        "nps",
                        "csat",
                        "ces",
                        "reviews",
                        "retention",
                        "churn",
                        "referrals",
                        "clv",
                        "fcr",
                        "resolution",
                        "recovery",
                        "compliance",
                        "response-time"
                      }))
          @PathParam("metric")
          String metric,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "week",
                        "month",
                        "quarter",
                        "half-year",
                        "year",
                        "segment",
                        "relationshipType",
                        "stage",
                        "touchpointId",
                        "channel",
                        "agent"
                      }))
          @QueryParam("groupBy")
          String groupBy,
      @QueryParam("segment") String segment,
      @QueryParam("relationshipType") String relationshipType,
      @QueryParam("stage") String stage,
      @QueryParam("touchpointId") String touchpointId,
      @QueryParam("channel") String channel,
      @QueryParam("agent") String agent,
      @Parameter(description = "clv only: ISO 4217 (default the business's, crm.metrics.currency).")
          @QueryParam("currency")
          String currency) {
    Metric<?> m = metric(metric);
    Map<MetricCut, String> cuts = new EnumMap<>(MetricCut.class);
    cuts.put(MetricCut.SEGMENT, segment);
    cuts.put(MetricCut.RELATIONSHIP_TYPE, relationshipType);
    cuts.put(MetricCut.STAGE, stage);
    cuts.put(MetricCut.TOUCHPOINT, touchpointId);
    cuts.put(MetricCut.CHANNEL, channel);
    cuts.put(MetricCut.AGENT, agent);
    QueryInput in = new QueryInput();
    MetricQuery q =
        MetricRequest.read(
            in, MetricRequest.PERIOD, from, to, groupBy, cuts, m.cuts(), time.today());
    String money = MetricRequest.currency(in, currency, m instanceof ClvMetric);
    in.done();
    String grouping = QueryInput.text(groupBy);
    return view(m, money == null ? q : q.inCurrency(money), grouping);
  }

  private <C> MetricView view(Metric<C> m, MetricQuery q, String grouping) {
    return MetricView.of(m, metrics.figures(m, q), time.zone(), grouping);
  }

  private static Metric<?> metric(String word) {
    return Metric.named(word).orElseThrow(() -> new NotFound("Metric " + word));
  }
}
