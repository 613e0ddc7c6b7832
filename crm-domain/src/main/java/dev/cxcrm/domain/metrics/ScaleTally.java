package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.Objects;

/**
 * The answers on one scale summed up, which is what a rollup stores: how many ({@code n}), how many
 * hit (satisfied for CSAT, low effort for CES) and the sum of the scores (for the mean).
 */
public record ScaleTally(AnswerScale scale, long hits, long n, long sum) {
  public ScaleTally {
    Objects.requireNonNull(scale, "scale");
    if (hits < 0 || hits > n) {
      throw new IllegalArgumentException(hits + " of " + n + " answers is not a share.");
    }
    if (sum < n || sum > n * scale.points()) {
      throw new IllegalArgumentException(
          "A sum of " + sum + " cannot come from " + n + " answers on 1–" + scale.points());
    }
  }

  /** The mean score, or null without answers. */
  public Double mean() {
    return n == 0 ? null : sum / (double) n;
  }

  ScaleTally plus(ScaleTally other) {
    if (other.scale != scale) {
      throw new IllegalArgumentException("Answers on " + scale + " and " + other.scale);
    }
    return new ScaleTally(scale, hits + other.hits, n + other.n, sum + other.sum);
  }
}
