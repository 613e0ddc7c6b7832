package dev.cxcrm.web.playbook;

import static dev.cxcrm.web.shared.ApiTimes.at;

import dev.cxcrm.domain.playbook.Task;
import dev.cxcrm.domain.playbook.TaskStatus;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.ejb.playbook.TaskItem;
import dev.cxcrm.web.shared.VersionedView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proactive task as the API shows it; its version travels as the ETag. */
@JsonbNillable
@Schema(
    name = "Task",
    description =
        "A proactive step of the customer's playbook, due on a day, in its assignee's queue (or the "
            + "team's when assignee is null).")
public record TaskView(
    @Schema(type = SchemaType.INTEGER, format = "int64") long id,
    @Schema(type = SchemaType.INTEGER, format = "int64") long customerId,
    String customerName,
    @Schema(type = SchemaType.INTEGER, format = "int64") long stepId,
    String stepNameJa,
    String stepNameEn,
    @Schema(
            type = SchemaType.STRING,
            format = "date",
            description = "What the task is for: the slot of a recurring step, or the event's day.")
        LocalDate occurrence,
    @Schema(type = SchemaType.STRING, format = "date") LocalDate dueOn,
    @Schema(description = "Open and due before today.") boolean overdue,
    @Schema(nullable = true) String assignee,
    @Schema(nullable = true, description = "The channel the customer agreed to be contacted by.")
        Channel channel,
    @Schema(
            nullable = true,
            example = "10:00",
            description =
                "From when the customer may be contacted, every day in the business's time zone;"
                    + " null with contactUntil for any time.")
        String contactFrom,
    @Schema(nullable = true, example = "18:00", description = "Until when (excluded).")
        String contactUntil,
    @Schema(
            description =
                "Now is outside the customer's contact hours and the channel reaches them at once"
                    + " (PHONE, SMS, IN_PERSON): wait until contactFrom.")
        boolean outsideContactHours,
    TaskStatus status,
    @Schema(
            type = SchemaType.INTEGER,
            format = "int64",
            nullable = true,
            description = "The proactive contact that did it.")
        Long interactionId,
    @Schema(nullable = true, description = "Why it was skipped or rescheduled.") String reason,
    @Schema(type = SchemaType.STRING, format = "date-time", nullable = true)
        OffsetDateTime closedAt,
    @Schema(nullable = true) String closedBy,
    @Schema(description = "Also sent as the ETag; send it back in If-Match to change the task.")
        int version)
    implements VersionedView {

  static TaskView of(TaskItem item, ZoneId zone) {
    Task t = item.task();
    DailyHours hours = item.contactHours();
    return new TaskView(
        t.id(),
        t.customerId(),
        item.customerName(),
        t.stepId(),
        item.step().nameJa(),
        item.step().nameEn(),
        t.occurrence(),
        t.dueOn(),
        item.overdue(),
        t.assignee(),
        t.channel(),
        hours == null ? null : DailyHours.HH_MM.format(hours.from()),
        hours == null ? null : DailyHours.HH_MM.format(hours.until()),
        item.outsideContactHours(),
        t.status(),
        t.interactionId(),
        t.reason(),
        at(t.closedAt(), zone),
        t.closedBy(),
        t.version());
  }

  /** One page of a queue, or a customer's open tasks (without next). */
  @Schema(name = "TaskPage")
  public record Page(List<TaskView> items, @JsonbNillable @Schema(nullable = true) String next) {}
}
