package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.CaseMetric;
import dev.cxcrm.domain.metrics.ContactMetric;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.metrics.RecoveryMetric;
import dev.cxcrm.domain.shared.ReportPeriod;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The operations dashboard (weekly cadence): standard compliance and the median response time of
 * the inbound contacts (contact rollup), the resolution and first-contact resolution rates of the
 * cases as they stand now (case rollup), and the closed loop's recovery rate, by week (this week
 * and the eleven before), broken down by channel first.
 */
@Named("operations")
@ViewScoped
public class OperationsDashboard extends MetricDashboard {
  private static final long serialVersionUID = 1L;

  @Override
  protected List<Metric<?>> metrics() {
    return List.of(
        ContactMetric.COMPLIANCE,
        ContactMetric.RESPONSE_TIME,
        CaseMetric.RESOLUTION,
        CaseMetric.FCR,
        RecoveryMetric.RECOVERY);
  }

  @Override
  protected MetricCut defaultDrill() {
    return MetricCut.CHANNEL;
  }

  @Override
  protected ReportPeriod.Rule periodRule() {
    return MetricRequest.WEEKS;
  }

  @Override
  protected PeriodGrouping defaultGrouping() {
    return PeriodGrouping.WEEK;
  }
}
