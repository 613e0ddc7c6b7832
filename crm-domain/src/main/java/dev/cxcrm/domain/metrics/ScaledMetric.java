package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.Map;

/**
 * A figure over answers on 1–5 and 1–7 scales (CSAT, CES): its sample and its means come from the
 * tallies it holds; what the share means (satisfied, low effort) is the figure's own.
 */
interface ScaledMetric extends Sampled {
  ScaleTallies tallies();

  @Override
  default long n() {
    return tallies().n();
  }

  /** The mean score on the one scale of all answers; null without answers or on mixed scales. */
  default Double mean() {
    return tallies().mean();
  }

  /** The mean score per scale. */
  default Map<AnswerScale, Double> means() {
    return tallies().means();
  }
}
