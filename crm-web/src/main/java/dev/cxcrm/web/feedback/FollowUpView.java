package dev.cxcrm.web.feedback;

import static dev.cxcrm.web.shared.ApiTimes.at;

import dev.cxcrm.domain.feedback.FollowUp;
import dev.cxcrm.domain.feedback.FollowUpStatus;
import dev.cxcrm.ejb.feedback.FollowUpItem;
import dev.cxcrm.web.shared.VersionedView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up of an unhappy answer as the API shows it; its version travels as the ETag. */
@JsonbNillable
@Schema(
    name = "FollowUp",
    description =
        "Opened by a detractor answer (NPS 0-6) or a CSAT of 1-2, for the customer's owner (the"
            + " managers' queue when assignee is null), due two business days after the answer.")
public record FollowUpView(
    @Schema(type = SchemaType.INTEGER, format = "int64") long id,
    @Schema(type = SchemaType.INTEGER, format = "int64") long feedbackId,
    @Schema(type = SchemaType.INTEGER, format = "int64") long customerId,
    String customerName,
    @Schema(nullable = true) String assignee,
    @Schema(type = SchemaType.STRING, format = "date-time") OffsetDateTime dueAt,
    @Schema(description = "Open and past dueAt.") boolean overdue,
    FollowUpStatus status,
    @Schema(nullable = true, description = "The unhappy answer: its NPS, if any.") Integer nps,
    @Schema(nullable = true) Integer csat,
    @Schema(nullable = true, description = "What the customer said.") String text,
    @Schema(nullable = true, description = "What was done.") String action,
    @Schema(nullable = true, description = "How it ended.") String outcome,
    @Schema(type = SchemaType.STRING, format = "date-time", nullable = true)
        OffsetDateTime closedAt,
    @Schema(nullable = true) String closedBy,
    @Schema(description = "Also sent as the ETag; send it back in If-Match to close it.")
        int version)
    implements VersionedView {

  static FollowUpView of(FollowUpItem item, Instant now, ZoneId zone) {
    FollowUp f = item.followUp();
    var answer = item.feedback() == null ? null : item.feedback().content();
    return new FollowUpView(
        f.id(),
        f.feedbackId(),
        f.customerId(),
        item.customerName(),
        f.assignee(),
        at(f.dueAt(), zone),
        f.overdue(now),
        f.status(),
        answer == null ? null : answer.scores().nps(),
        answer == null ? null : answer.scores().csat(),
        answer == null ? null : answer.text(),
        f.action(),
        f.outcome(),
        at(f.closedAt(), zone),
        f.closedBy(),
        f.version());
  }

  @Schema(name = "FollowUpPage")
  public record Page(
      List<FollowUpView> items, @JsonbNillable @Schema(nullable = true) String next) {}

  @JsonbNillable
  @Schema(
      name = "Recovery",
      description =
          "Of the unhappy answers given from..to whose follow-up was done, the share whose next"
              + " answer to the same question was better (compared on the share of its scale)."
              + " n counts those with a next answer; pending those still waiting for one; rate is"
              + " null when n is 0.")
  public record RecoveryView(
      @Schema(type = SchemaType.STRING, format = "date") java.time.LocalDate from,
      @Schema(type = SchemaType.STRING, format = "date") java.time.LocalDate to,
      int n,
      int recovered,
      int pending,
      @Schema(nullable = true, description = "Percent, 0 to 100.") Double rate) {
    static RecoveryView of(dev.cxcrm.domain.feedback.Recovery r) {
      return new RecoveryView(
          r.period().from(), r.period().to(), r.n(), r.recovered(), r.pending(), r.rate());
    }
  }

  @Schema(name = "FollowUpDone", description = "What was done and how it ended, both required.")
  public record DoneBody(
      @Schema(required = true, maxLength = 1000) String action,
      @Schema(required = true, maxLength = 500) String outcome) {}
}
