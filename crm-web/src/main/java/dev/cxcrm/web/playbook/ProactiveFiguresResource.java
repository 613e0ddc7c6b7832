package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.ProactiveFigures;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.playbook.PlaybookService;
import dev.cxcrm.ejb.playbook.ProactiveReport;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.shared.QueryInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The proactive figures for managers: proactive share of outbound contacts, playbook coverage. */
@Path("proactive-figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
@Tag(name = "Playbooks")
public class ProactiveFiguresResource {
  @Inject PlaybookService playbooks;
  @Inject TimeSource time;

  @GET
  @Operation(
      operationId = "getProactiveFigures",
      summary = "Proactive share and playbook coverage",
      description =
          "From the day from to the day to (both inclusive, business time zone; default: this month "
              + "and the two before). proactiveShare: proactive outbound contacts / outbound contacts "
              + "that occurred in the period (n = outbound). coverage: customers whose every playbook "
              + "task first due in the period was done by that day / customers decided (n = decided; "
              + "those with a task open and not yet due are pending and left out). Percentages; null "
              + "when n is 0. by=type (the customer's relationship type, the task's playbook) or "
              + "agent (the contact's agent, the task's assignee; null: nobody in particular). "
              + "MANAGER or ADMIN only.")
  @APIResponse(
      responseCode = "200",
      description = "The figures.",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  public ReportView figures(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Parameter(
              description = "type: by relationship type; agent: by agent.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"type", "agent"},
                      defaultValue = "type"))
          @QueryParam("by")
          String by) {
    QueryInput in = new QueryInput();
    ReportPeriod period = in.period(from, to, ProactiveFigures.PERIOD, time.today());
    var cut = in.enumIgnoringCase("by", by, ProactiveFigures.By.class, ProactiveFigures.By.TYPE);
    in.done();
    return ReportView.of(playbooks.figures(period.from(), period.to(), cut));
  }

  @Schema(name = "ProactiveFigures")
  public record ReportView(
      @Schema(type = SchemaType.STRING, format = "date") LocalDate from,
      @Schema(type = SchemaType.STRING, format = "date") LocalDate to,
      ProactiveFigures.By by,
      RowView total,
      List<RowView> rows) {
    static ReportView of(ProactiveReport r) {
      return new ReportView(
          r.period().from(),
          r.period().to(),
          r.by(),
          RowView.of(r.total()),
          r.rows().stream().map(RowView::of).toList());
    }
  }

  @JsonbNillable
  @Schema(name = "ProactiveFiguresRow")
  public record RowView(
      @Schema(nullable = true, description = "The type or agent; null in total, or nobody.")
          String key,
      @Schema(description = "Outbound contacts: the sample size of proactiveShare.") long outbound,
      long proactive,
      @Schema(nullable = true, description = "Percent; null without outbound contacts.")
          Double proactiveShare,
      @Schema(description = "Customers decided: the sample size of coverage.") long decided,
      long covered,
      long notCovered,
      long pending,
      @Schema(nullable = true, description = "Percent; null without decided customers.")
          Double coverage) {
    static RowView of(ProactiveFigures f) {
      return new RowView(
          f.key(),
          f.outbound(),
          f.proactive(),
          f.proactiveShare(),
          f.decided(),
          f.covered(),
          f.notCovered(),
          f.pending(),
          f.coverage());
    }
  }
}
