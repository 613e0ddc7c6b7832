package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.FeedbackMetric;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The satisfaction dashboard (monthly cadence): NPS, CSAT, CES and the review average, all from one
 * read of the feedback rollup per query; broken down by channel first.
 */
@Named("satisfaction")
@ViewScoped
public class SatisfactionDashboard extends MetricDashboard {
  private static final long serialVersionUID = 1L;

  @Override
  protected List<Metric<?>> metrics() {
    return List.of(FeedbackMetric.values());
  }

  @Override
  protected MetricCut defaultDrill() {
    return MetricCut.CHANNEL;
  }
}
