package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.util.List;

/**
 * What a metric is computed from for one query: the counts {@code C} of the period (feedback
 * counts, the four counts of retention, ...), of the period before it (for the change), and of each
 * group, in order, empty groups included.
 */
public record MetricFigures<C>(
    MetricQuery query, C counts, ReportPeriod previousPeriod, C previous, List<Group<C>> groups) {

  /**
   * One group: a calendar period of the trend ({@code period}) or one value of the cut grouped by
   * ({@code value}).
   */
  public record Group<C>(ReportPeriod period, String value, C counts) {}
}
