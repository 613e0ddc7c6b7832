package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.CustomerMetric;
import dev.cxcrm.domain.metrics.FeedbackMetric;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.shared.ReportPeriod;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The competitive-position dashboard (half-yearly cadence): the figures a business compares with
 * others' (NPS, CSAT, the review average, retention and churn) over its own history by half-year,
 * each against the benchmarks it entered (industry, competitors, its targets); broken down by
 * segment first. It shows the satisfaction and business-impact dashboards' figures, read the same
 * way.
 */
@Named("competitive")
@ViewScoped
public class CompetitiveDashboard extends MetricDashboard {
  private static final long serialVersionUID = 1L;

  @Override
  protected List<Metric<?>> metrics() {
    return List.of(
        FeedbackMetric.NPS,
        FeedbackMetric.CSAT,
        FeedbackMetric.REVIEWS,
        CustomerMetric.RETENTION,
        CustomerMetric.CHURN);
  }

  @Override
  protected MetricCut defaultDrill() {
    return MetricCut.SEGMENT;
  }

  /** This half-year and the three before: two years of the business's own history. */
  @Override
  protected ReportPeriod.Rule periodRule() {
    return MetricRequest.HALVES;
  }

  @Override
  protected PeriodGrouping defaultGrouping() {
    return PeriodGrouping.HALF_YEAR;
  }
}
