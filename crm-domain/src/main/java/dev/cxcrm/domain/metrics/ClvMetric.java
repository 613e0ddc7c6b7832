package dev.cxcrm.domain.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Customer lifetime value in one currency (MISSION.md): the value is the average revenue to date
 * per customer who bought (n those customers); the parts carry the total and the projection over
 * the year up to the end of the period (average order value × purchases per year × expected
 * lifespan, {@link ProjectedClv}). Money has no scale to compare a benchmark on, and its change is
 * not tested. Cut by the buyer's segments, relationship type and owner when the purchase was
 * recorded.
 */
public enum ClvMetric implements Metric<LifetimeValue> {
  CLV;

  @Override
  public Figure of(LifetimeValue v) {
    ProjectedClv p = v.projected();
    Map<String, Number> parts = new LinkedHashMap<>();
    parts.put("revenue", v.toDate().total());
    parts.put("customers", v.toDate().customers());
    parts.put("windowRevenue", p.revenue());
    parts.put("orders", p.orders());
    parts.put("buyers", p.customers());
    parts.put("averageOrderValue", p.averageOrderValue());
    parts.put("purchasesPerYear", p.purchasesPerYear());
    parts.put("annualChurn", p.annualChurnPercent());
    parts.put("lifespanYears", p.lifespanYears());
    parts.put("projected", p.value());
    var average = v.toDate().average();
    return new Figure(average == null ? null : average.doubleValue(), v.toDate().n(), null, parts);
  }

  @Override
  public Set<MetricCut> cuts() {
    return MetricCut.ofCustomers();
  }
}
