package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.FeedbackCounts;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.util.List;

/**
 * What the feedback metrics (NPS, CSAT, CES, review average) are computed from for one query: the
 * counts of the period, of the period before it (for the change), and of each group, in order,
 * empty groups included.
 */
public record FeedbackFigures(
    MetricQuery query,
    FeedbackCounts counts,
    ReportPeriod previousPeriod,
    FeedbackCounts previous,
    List<Group> groups) {

  /**
   * One group: a calendar period of the trend ({@code period}) or one value of the cut grouped by
   * ({@code value}).
   */
  public record Group(ReportPeriod period, String value, FeedbackCounts counts) {}
}
