package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.ClvMetric;
import dev.cxcrm.domain.metrics.CustomerMetric;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.metrics.ReferralMetric;
import dev.cxcrm.domain.shared.ReportPeriod;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

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
    return List.of(
        CustomerMetric.RETENTION, CustomerMetric.CHURN, ReferralMetric.REFERRALS, ClvMetric.CLV);
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
