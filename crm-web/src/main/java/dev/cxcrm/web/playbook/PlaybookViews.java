package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.Assignment;
import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.playbook.Trigger;
import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.playbook.PlaybookService.PlaybookFile;
import dev.cxcrm.web.shared.VersionedView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The playbooks as the API shows them. */
public final class PlaybookViews {
  private PlaybookViews() {}

  @Schema(
      name = "Playbook",
      description =
          "How customers of one relationship type are served: who does their proactive tasks "
              + "(OWNER: the customer's named owner; TEAM: anyone), and the steps that are due.")
  public record PlaybookView(
      RelationshipType relationshipType,
      Assignment assignment,
      List<StepView> steps,
      @Schema(readOnly = true, description = "Also the ETag; send it in If-Match to change it.")
          int version)
      implements VersionedView {
    static PlaybookView of(PlaybookFile f) {
      return new PlaybookView(
          f.playbook().relationshipType(),
          f.playbook().assignment(),
          f.steps().stream().map(StepView::of).toList(),
          f.playbook().version());
    }
  }

  @Schema(name = "PlaybookList")
  public record PlaybookList(List<PlaybookView> items) {}

  @JsonbNillable
  @Schema(
      name = "PlaybookStep",
      description =
          "A proactive step: EVERY_MONTHS (amount months apart, from the day the customer became "
              + "one), DAYS_AFTER_START, DAYS_AFTER_RESOLVED_CASE, DAYS_BEFORE_DATE (amount days "
              + "before each important date of dateKind; birthdays and contract anniversaries recur "
              + "yearly). On input, id, relationshipType and version are ignored.")
  public record StepView(
      @Schema(readOnly = true) long id,
      @Schema(readOnly = true) RelationshipType relationshipType,
      @Schema(required = true) Trigger trigger,
      @Schema(
              required = true,
              description = "Months for EVERY_MONTHS (1-60), days otherwise (0-366).")
          int amount,
      @Schema(nullable = true, description = "Only and always for DAYS_BEFORE_DATE.")
          ImportantDateKind dateKind,
      @Schema(required = true, maxLength = 200) String nameJa,
      @Schema(required = true, maxLength = 200) String nameEn,
      @Schema(description = "Default true; an inactive step plans nothing.") boolean active,
      @Schema(readOnly = true, description = "Also the ETag; send it in If-Match to change it.")
          int version)
      implements VersionedView {
    static StepView of(PlaybookStep s) {
      return new StepView(
          s.id(),
          s.relationshipType(),
          s.trigger(),
          s.amount(),
          s.dateKind(),
          s.nameJa(),
          s.nameEn(),
          s.active(),
          s.version());
    }
  }

  // Request bodies, documented only: the resources read them with JsonInput.

  @Schema(name = "PlaybookAssignment")
  public record AssignmentBody(@Schema(required = true) Assignment assignment) {}

  @Schema(
      name = "TaskDone",
      description =
          "The proactive contact that did the task, logged on the customer's timeline; channel "
              + "defaults to the task's, occurredAt to now.")
  public record DoneBody(
      @Schema(nullable = true) dev.cxcrm.domain.shared.Channel channel,
      @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
              format = "date-time",
              nullable = true)
          String occurredAt,
      @Schema(nullable = true, maxLength = 4000) String summary,
      @Schema(nullable = true, maxLength = 500) String outcome) {}

  @Schema(name = "TaskReschedule")
  public record RescheduleBody(
      @Schema(
              required = true,
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
              format = "date",
              description = "Today or later.")
          String dueOn,
      @Schema(nullable = true, maxLength = 500) String reason) {}

  @Schema(name = "TaskSkip")
  public record SkipBody(@Schema(required = true, maxLength = 500) String reason) {}
}
