package dev.cxcrm.domain.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The recovery rate of the closed loop (MISSION.md, issue 12): of the followed-up unhappy answers
 * (NPS 0–6, CSAT 1–2) of the period that have a next answer to the same question, the share whose
 * next answer was better; n those answers, the ones still waiting in the parts. No next answer at
 * all means no rate, never 0. A share of all of them: no interval, an untested change. Cut as the
 * unhappy answer is: its customer's segments and type, its stage, touchpoint, channel and agent.
 */
public enum RecoveryMetric implements Metric<RecoveryCounts> {
  RECOVERY;

  @Override
  public Figure of(RecoveryCounts c) {
    long n = c.recovered() + c.notRecovered();
    Map<String, Number> parts = new LinkedHashMap<>();
    parts.put("recovered", c.recovered());
    parts.put("notRecovered", c.notRecovered());
    parts.put("pending", c.pending());
    return new Figure(n == 0 ? null : c.recovered() * 100.0 / n, n, null, parts);
  }

  /** A share: 0..100 %. */
  @Override
  public double[] bounds() {
    return new double[] {0, 100};
  }

  @Override
  public Set<MetricCut> cuts() {
    return Set.of(MetricCut.values());
  }
}
