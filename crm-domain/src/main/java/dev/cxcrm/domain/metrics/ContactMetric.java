package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.ComplianceFigures;
import dev.cxcrm.domain.shared.ResponseTally;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The response metrics of the inbound contacts that await an answer by a deadline (MISSION.md,
 * {@link ComplianceFigures}), by the day they came in: standard compliance (of the contacts whose
 * outcome is known, answered or overdue, the share answered in time; n those contacts) and the
 * response time (the median in minutes of the answered ones, the p90 in the parts; n those
 * answered). The same arithmetic as the compliance report, from {@link ResponseTally}: shares and
 * ranks of all the contacts, so no interval and an untested change. Cut by the customer's segments
 * and relationship type when the contact was first counted, by its channel and by its agent (the
 * customer's owner then when the contact names none).
 */
public enum ContactMetric implements Metric<ResponseTally> {
  COMPLIANCE,
  RESPONSE_TIME;

  @Override
  public Figure of(ResponseTally t) {
    ComplianceFigures f = t.figures();
    Map<String, Number> parts = new LinkedHashMap<>();
    if (this == COMPLIANCE) {
      parts.put("inTime", f.inTime());
      parts.put("late", f.late());
      parts.put("overdue", f.overdue());
      parts.put("pending", f.pending());
      return new Figure(f.inTimePercent(), f.decided(), null, parts);
    }
    parts.put("medianMinutes", f.medianMinutes());
    parts.put("p90Minutes", f.p90Minutes());
    return new Figure(f.medianMinutes(), f.answered(), null, parts);
  }

  /** Compliance is a share, 0..100 %; a time has no scale. */
  @Override
  public double[] bounds() {
    return this == COMPLIANCE ? new double[] {0, 100} : null;
  }

  @Override
  public Set<MetricCut> cuts() {
    return EnumSet.of(
        MetricCut.SEGMENT, MetricCut.RELATIONSHIP_TYPE, MetricCut.CHANNEL, MetricCut.AGENT);
  }

  /** The name in the API: compliance, response-time. */
  @Override
  public String word() {
    return this == COMPLIANCE ? "compliance" : "response-time";
  }
}
