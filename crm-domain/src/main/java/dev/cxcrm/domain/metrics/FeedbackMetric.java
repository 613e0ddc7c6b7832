package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The metrics computed from feedback, each from the counts a rollup keeps: NPS, CSAT (share
 * satisfied, in percent), CES (mean effort, lower is better) and the review average (mean stars).
 */
public enum FeedbackMetric implements Metric<FeedbackCounts> {
  NPS,
  CSAT,
  CES,
  REVIEWS;

  @Override
  public Figure of(FeedbackCounts c) {
    Map<String, Number> parts = new LinkedHashMap<>();
    return switch (this) {
      case NPS -> {
        Nps nps = c.nps();
        parts.put("promoters", nps.promoters());
        parts.put("passives", nps.passives());
        parts.put("detractors", nps.detractors());
        yield new Figure(nps.value(), nps.n(), nps.interval(), parts);
      }
      case CSAT -> {
        Csat csat = c.csat();
        parts.put("satisfied", csat.satisfied());
        scaled(parts, csat);
        yield new Figure(csat.percent(), csat.n(), csat.interval(), parts);
      }
      case CES -> {
        Ces ces = c.ces();
        parts.put("lowEffort", ces.lowEffort());
        parts.put("lowEffortPercent", ces.lowEffortPercent());
        scaled(parts, ces);
        yield new Figure(ces.mean(), ces.n(), null, parts);
      }
      case REVIEWS -> {
        ReviewAverage r = c.reviewAverage();
        parts.put("stars", r.sum());
        yield new Figure(r.mean(), r.n(), null, parts);
      }
    };
  }

  /**
   * The change from {@code before} to {@code after}: by the stated test for NPS and CSAT, untested
   * for CES and reviews; null when either period has no figure.
   */
  @Override
  public Change change(FeedbackCounts before, FeedbackCounts after) {
    return switch (this) {
      case NPS -> Change.ofNps(before.nps(), after.nps());
      case CSAT -> Change.ofCsat(before.csat(), after.csat());
      case CES, REVIEWS -> Change.untested(of(before), of(after));
    };
  }

  /** NPS −100..100, CSAT 0..100 %, CES 1..7 (the wider scale), stars 1..5. */
  @Override
  public double[] bounds() {
    return switch (this) {
      case NPS -> new double[] {-100, 100};
      case CSAT -> new double[] {0, 100};
      case CES -> new double[] {1, 7};
      case REVIEWS -> new double[] {1, 5};
    };
  }

  /** Feedback is cut by all the cuts: the customer's, and what the feedback is about. */
  @Override
  public Set<MetricCut> cuts() {
    return EnumSet.allOf(MetricCut.class);
  }

  /** The answers and mean on each scale: n5, mean5, n7, mean7 (only scales that have answers). */
  private static void scaled(Map<String, Number> parts, ScaledMetric m) {
    m.means()
        .forEach(
            (scale, mean) -> {
              int points = scale.points();
              parts.put("n" + points, n(m, scale));
              parts.put("mean" + points, mean);
            });
  }

  private static long n(ScaledMetric m, AnswerScale scale) {
    return m.tallies().byScale().get(scale).n();
  }
}
