package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.CustomerMetric;
import dev.cxcrm.domain.metrics.Figure;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.metrics.ReferralMetric;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.metrics.MetricQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The business-impact dashboard (quarterly cadence): customer retention (CRR) and churn from the
 * customer rollup, with S, E, N and lost behind each figure, and the referrals made; broken down by
 * segment first.
 */
@Named("business")
@ViewScoped
public class BusinessDashboard extends MetricDashboard {
  private static final long serialVersionUID = 1L;

  @Override
  protected List<Metric<?>> metrics() {
    return List.of(CustomerMetric.RETENTION, CustomerMetric.CHURN, ReferralMetric.REFERRALS);
  }

  @Override
  protected Shown shown(Metric<?> m, MetricQuery q) {
    if (m instanceof CustomerMetric c) {
      return Shown.of(c, once("customers", q, service::customers));
    }
    return Shown.of((ReferralMetric) m, once("referrals", q, service::referrals));
  }

  /**
   * Retention and churn are shares of the customers at the start; referrals from 0 to the largest
   * group's count.
   */
  @Override
  protected double[] range(Metric<?> m, Shown figures) {
    if (m == ReferralMetric.REFERRALS) {
      double most =
          figures.groups().stream()
              .map(Figure::value)
              .filter(java.util.Objects::nonNull)
              .max(Double::compare)
              .orElse(0.0);
      return new double[] {0, Math.max(1, most)};
    }
    return new double[] {0, 100};
  }

  @Override
  protected String format(Metric<?> m, double v) {
    return m == ReferralMetric.REFERRALS
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.1f%%", v);
  }

  @Override
  protected MetricCut defaultDrill() {
    return MetricCut.SEGMENT;
  }

  /** A quarterly cadence: this quarter and the three before, by quarter. */
  @Override
  protected ReportPeriod.Rule periodRule() {
    return MetricRequest.QUARTERS;
  }

  @Override
  protected PeriodGrouping defaultGrouping() {
    return PeriodGrouping.QUARTER;
  }
}
