package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.NpsScale;
import java.util.Collection;

/**
 * The Net Promoter Score of a sample: (promoters − detractors) · 100 / n, from −100 to +100, with
 * its counts (what a rollup stores and sums) and its 95 % interval. No answer means no score
 * (null), never 0.
 */
public record Nps(long promoters, long passives, long detractors) implements Sampled {
  public Nps {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException(
          "Negative count: " + promoters + ", " + passives + ", " + detractors);
    }
  }

  public static final Nps NONE = new Nps(0, 0, 0);

  /** From the counts a rollup holds. */
  public static Nps ofCounts(long promoters, long passives, long detractors) {
    return new Nps(promoters, passives, detractors);
  }

  /** From the answers, each 0–10; a score outside is refused by name. */
  public static Nps of(Collection<Integer> scores) {
    long promoters = 0;
    long detractors = 0;
    for (int score : scores) {
      promoters += NpsScale.promoter(score) ? 1 : 0;
      detractors += NpsScale.detractor(score) ? 1 : 0;
    }
    return new Nps(promoters, scores.size() - promoters - detractors, detractors);
  }

  /** Two samples' counts together: months into a quarter, agents into a team. */
  public Nps plus(Nps other) {
    return new Nps(
        promoters + other.promoters, passives + other.passives, detractors + other.detractors);
  }

  @Override
  public long n() {
    return promoters + passives + detractors;
  }

  /** The score, or null without answers. */
  public Double value() {
    return n() == 0 ? null : (promoters - detractors) * 100.0 / n();
  }

  /**
   * The variance of the score in points²: (p⁺ + p⁻ − (p⁺ − p⁻)²) / n · 100², p⁺ and p⁻ the shares
   * of promoters and detractors; null without answers. Comparing two periods adds theirs.
   */
  public Double variance() {
    if (n() == 0) {
      return null;
    }
    double pp = promoters / (double) n();
    double pd = detractors / (double) n();
    return (pp + pd - (pp - pd) * (pp - pd)) / n() * 100 * 100;
  }

  /** NPS ± 1.96 · its standard error, not clipped to ±100; null without answers. */
  public Interval interval() {
    return n() == 0 ? null : Interval.around(value(), Math.sqrt(variance()));
  }
}
