package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.FeedbackMetric;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.ejb.metrics.MetricQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

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
  protected Shown shown(Metric<?> m, MetricQuery q) {
    return Shown.of((FeedbackMetric) m, once("feedback", q, service::feedback));
  }

  /** NPS −100..100, shares 0..100, CES 1..5 (or 7 when answers on 1–7 exist), stars 1..5. */
  @Override
  protected double[] range(Metric<?> m, Shown figures) {
    return switch ((FeedbackMetric) m) {
      case NPS -> new double[] {-100, 100};
      case CSAT -> new double[] {0, 100};
      case CES -> new double[] {1, figures.now().parts().containsKey("n7") ? 7 : 5};
      case REVIEWS -> new double[] {1, 5};
    };
  }

  /** NPS and shares with one decimal, means with two; CSAT in percent. */
  @Override
  protected String format(Metric<?> m, double v) {
    String pattern = m == FeedbackMetric.CES || m == FeedbackMetric.REVIEWS ? "%.2f" : "%.1f";
    String s = String.format(Locale.ROOT, pattern, v);
    return m == FeedbackMetric.CSAT ? s + "%" : s;
  }

  @Override
  protected MetricCut defaultDrill() {
    return MetricCut.CHANNEL;
  }
}
