package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.interaction.ResponseClock;
import dev.cxcrm.domain.interaction.TimelineKind;
import dev.cxcrm.domain.shared.ComplianceFigures;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.interaction.ComplianceReport;
import dev.cxcrm.ejb.interaction.DueItem;
import dev.cxcrm.ejb.interaction.TimelineEntry;
import dev.cxcrm.ejb.interaction.TimelineFeedback;
import dev.cxcrm.web.shared.ApiTimes;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the interaction API besides the interaction itself. */
public final class InteractionApiViews {
  private InteractionApiViews() {}

  /** Request body, documented only: the resource reads it itself to report each row. */
  @Schema(name = "InteractionBulkRequest", description = "items: 1 to 1,000 interactions.")
  public record BulkRequest(List<InteractionView> items) {}

  /** One page of a timeline. */
  @Schema(name = "TimelinePage")
  public record TimelinePage(List<TimelineItem> items, @JsonbNillable String next) {}

  @JsonbNillable
  @Schema(
      name = "TimelineItem",
      description =
          "An INTERACTION carries interaction; a STAGE_CHANGE fromStage and toStage; CASE_OPENED and "
              + "CASE_RESOLVED the case (id is the case's id); FEEDBACK what was said (id is the "
              + "feedback's id, GET /api/feedback/{id} has all of it).")
  public record TimelineItem(
      TimelineKind kind,
      @Schema(type = SchemaType.STRING, format = "date-time") OffsetDateTime at,
      @Schema(type = SchemaType.INTEGER, format = "int64") long id,
      @Schema(nullable = true) InteractionView interaction,
      @Schema(nullable = true) JourneyStage fromStage,
      @Schema(nullable = true) JourneyStage toStage,
      @Schema(nullable = true, description = "Who logged, changed, opened or resolved it.")
          String actor,
      @Schema(nullable = true) String caseSubject,
      String caseType,
      @Schema(nullable = true) String caseStatus,
      @Schema(nullable = true) FeedbackNote feedback) {
    static TimelineItem of(TimelineEntry e, Instant now, ZoneId zone) {
      return new TimelineItem(
          e.kind(),
          ApiTimes.at(e.at(), zone),
          e.id(),
          e.interaction() == null ? null : InteractionView.of(e.interaction(), now, zone),
          e.fromStage(),
          e.toStage(),
          e.actor(),
          e.caseSubject(),
          e.caseType(),
          e.caseStatus(),
          e.feedback() == null ? null : FeedbackNote.of(e.feedback()));
    }
  }

  @JsonbNillable
  @Schema(name = "TimelineFeedback")
  public record FeedbackNote(
      FeedbackKind kind,
      @Schema(nullable = true) String text,
      @Schema(nullable = true) Integer nps,
      @Schema(nullable = true) Integer csat,
      @Schema(nullable = true) Integer csatScale,
      @Schema(nullable = true) Integer ces,
      @Schema(nullable = true) Integer cesScale,
      @Schema(nullable = true) Integer stars,
      @Schema(nullable = true) String platform,
      @Schema(nullable = true) Integer emotion) {
    static FeedbackNote of(TimelineFeedback f) {
      var s = f.scores();
      return new FeedbackNote(
          f.kind(),
          f.text(),
          s.nps(),
          s.csat(),
          s.csatScale(),
          s.ces(),
          s.cesScale(),
          f.stars(),
          f.platform(),
          f.emotion());
    }
  }

  /** One page of the due queue. */
  @Schema(name = "DuePage")
  public record DuePage(List<DueView> items, @JsonbNillable String next) {}

  @JsonbNillable
  @Schema(name = "DueItem")
  public record DueView(
      InteractionView interaction,
      String customerName,
      @Schema(
              nullable = true,
              description = "The agent, or when there is none the customer's owner.")
          String responsible,
      @Schema(description = "Whole minutes until dueAt; negative when overdue.")
          long timeLeftMinutes,
      boolean overdue) {
    static DueView of(DueItem d, Instant now, ZoneId zone) {
      var left = ResponseClock.timeLeft(d.interaction().dueAt(), now);
      return new DueView(
          InteractionView.of(d.interaction(), now, zone),
          d.customerName(),
          d.responsible(),
          Math.floorDiv(left.toSeconds(), 60),
          left.isNegative());
    }
  }

  @Schema(name = "ResponseCompliance")
  public record ComplianceView(
      @Schema(type = SchemaType.STRING, format = "date-time") OffsetDateTime from,
      @Schema(type = SchemaType.STRING, format = "date-time", description = "Exclusive.")
          OffsetDateTime to,
      @Schema(enumeration = {"CHANNEL", "AGENT", "WEEK"}) String by,
      List<FiguresView> rows,
      FiguresView total) {
    static ComplianceView of(ComplianceReport r, ZoneId zone) {
      return new ComplianceView(
          ApiTimes.at(r.from(), zone),
          ApiTimes.at(r.to(), zone),
          r.by().name(),
          r.rows().stream().map(FiguresView::of).toList(),
          FiguresView.of(r.total()));
    }
  }

  @JsonbNillable
  @Schema(
      name = "ResponseComplianceRow",
      description =
          "decided = inTime + late + overdue is the sample size of inTimePercent; pending contacts "
              + "(unanswered, not yet due) are not counted. answered is the sample size of the "
              + "response times: median (mean of the two middle values for an even count) and p90 "
              + "by nearest rank (the value at rank ceil(0.9 n)). No sample: null, not 0.")
  public record FiguresView(
      @Schema(description = "Channel, user name (empty: nobody) or the Monday of the week.")
          String key,
      int decided,
      int inTime,
      int late,
      int overdue,
      int pending,
      @Schema(nullable = true) Double inTimePercent,
      int answered,
      @Schema(nullable = true) Double medianMinutes,
      @Schema(nullable = true) Double p90Minutes) {
    static FiguresView of(ComplianceFigures f) {
      return new FiguresView(
          f.key(),
          f.decided(),
          f.inTime(),
          f.late(),
          f.overdue(),
          f.pending(),
          f.inTimePercent(),
          f.answered(),
          f.medianMinutes(),
          f.p90Minutes());
    }
  }
}
