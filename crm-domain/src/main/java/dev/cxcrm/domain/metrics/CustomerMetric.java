package dev.cxcrm.domain.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The metrics computed from the customers themselves: retention (CRR) and churn, both from the four
 * counts of a {@link Retention}. They count whole populations, not samples, so they have no
 * interval and their change is not tested. They are cut by what the customer has: its segments, its
 * relationship type and its owner (the agent cut).
 */
public enum CustomerMetric implements Metric<Retention> {
  RETENTION,
  CHURN;

  @Override
  public Figure of(Retention r) {
    Map<String, Number> parts = new LinkedHashMap<>();
    parts.put("atStart", r.atStart());
    parts.put("atEnd", r.atEnd());
    parts.put("created", r.created());
    parts.put("lost", r.lost());
    Double value = this == RETENTION ? r.retentionRate() : r.churnRate();
    return new Figure(value, r.n(), null, parts);
  }

  /** Shares of the customers at the start: 0..100 %. */
  @Override
  public double[] bounds() {
    return new double[] {0, 100};
  }

  @Override
  public Set<MetricCut> cuts() {
    return MetricCut.ofCustomers();
  }
}
