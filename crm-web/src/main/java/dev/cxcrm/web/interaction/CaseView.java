package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.interaction.CasePriority;
import dev.cxcrm.domain.interaction.CaseStatus;
import dev.cxcrm.domain.interaction.CaseType;
import dev.cxcrm.domain.interaction.ServiceCase;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.interaction.CaseFile;
import dev.cxcrm.web.shared.VersionedView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as the API shows it. */
@Schema(
    name = "Case",
    description =
        "A case: the interactions about one customer problem, worked until it is resolved with a"
            + " root cause.")
public record CaseView(
    @Schema(type = SchemaType.INTEGER, format = "int64") long id,
    @Schema(type = SchemaType.INTEGER, format = "int64") long customerId,
    CaseType type,
    CasePriority priority,
    @Schema(description = "User name of the owner; null when unassigned.") String owner,
    CaseStatus status,
    @Schema(
            description = "The interactions in the case, oldest first.",
            type = SchemaType.ARRAY,
            implementation = Long.class)
        List<Long> interactionIds,
    @Schema(
            type = SchemaType.INTEGER,
            format = "int64",
            description = "The root cause of the resolution; null unless resolved.")
        Long rootCauseId,
    @Schema(description = "How often the case was reopened.") int reopenCount,
    @Schema(
            description =
                "True when resolved after exactly one inbound interaction and never reopened; null"
                    + " until first resolved, false for ever after a reopen.")
        Boolean firstContactResolution,
    String subject,
    @Schema(description = "How the case was resolved; null unless resolved.") String resolution,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant openedAt,
    String openedBy,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant resolvedAt,
    String resolvedBy,
    @Schema(description = "Also sent as the ETag; send it back in If-Match to change the case.")
        int version,
    @Schema(description = "The channel of the case's first inbound interaction; null without one.")
        Channel channel)
    implements VersionedView {

  static CaseView of(CaseFile f) {
    ServiceCase c = f.serviceCase();
    return new CaseView(
        c.id(),
        c.customerId(),
        c.type(),
        c.priority(),
        c.owner(),
        c.status(),
        f.interactionIds(),
        c.rootCauseId(),
        c.reopenCount(),
        c.firstContactResolution(),
        c.subject(),
        c.resolution(),
        c.openedAt(),
        c.openedBy(),
        c.resolvedAt(),
        c.resolvedBy(),
        c.version(),
        f.channel());
  }

  /** One page of cases and the cursor of the next page (null on the last). */
  @Schema(name = "CasePage")
  public record Page(List<CaseView> items, String next) {}

  /** Request body of attaching interactions, documented only: the resource reads it itself. */
  @Schema(name = "CaseInteractionIds")
  public record InteractionIds(
      @Schema(required = true, type = SchemaType.ARRAY, implementation = Long.class)
          List<Long> interactionIds) {}

  /** Request body of resolving, documented only: the resource reads it itself. */
  @Schema(name = "CaseResolution")
  public record Resolution(
      @Schema(required = true, type = SchemaType.INTEGER, format = "int64") Long rootCauseId,
      @Schema(required = true) String resolution) {}
}
