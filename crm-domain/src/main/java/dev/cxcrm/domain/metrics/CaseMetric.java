package dev.cxcrm.domain.metrics;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The case metrics (MISSION.md, docs/decisions/0006), from {@link CaseCounts}: the resolution rate
 * (of the cases opened in the period, the share resolved before its end; n the cases opened) and
 * the first-contact resolution rate (of the cases resolved in the period, the share resolved at
 * first contact; n the cases resolved). Shares of all the cases, so no interval and an untested
 * change. Cut by the customer's segments and relationship type when the case was first counted, by
 * the channel the case came in on and by its owner (the agent cut).
 */
public enum CaseMetric implements Metric<CaseCounts> {
  FCR,
  RESOLUTION;

  @Override
  public Figure of(CaseCounts c) {
    long part = this == FCR ? c.firstContact() : c.resolvedByEnd();
    long whole = this == FCR ? c.resolved() : c.opened();
    Map<String, Number> parts = new LinkedHashMap<>();
    if (this == FCR) {
      parts.put("resolved", whole);
      parts.put("firstContact", part);
    } else {
      parts.put("opened", whole);
      parts.put("resolved", part);
    }
    return new Figure(whole == 0 ? null : part * 100.0 / whole, whole, null, parts);
  }

  /** Shares: 0..100 %. */
  @Override
  public double[] bounds() {
    return new double[] {0, 100};
  }

  @Override
  public Set<MetricCut> cuts() {
    return EnumSet.of(
        MetricCut.SEGMENT, MetricCut.RELATIONSHIP_TYPE, MetricCut.CHANNEL, MetricCut.AGENT);
  }
}
