package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * CSAT or CES answers, possibly on both scales, one {@link ScaleTally} per scale. The hit share
 * counts each answer on its own scale, so it adds up across scales. A mean does not: 4 of 5 and 4
 * of 7 are not the same answer, so {@link #mean()} is given only when every answer is on one scale,
 * and {@link #means()} gives each scale's mean.
 */
public record ScaleTallies(Map<AnswerScale, ScaleTally> byScale) implements Sampled {
  public ScaleTallies {
    byScale.forEach(
        (scale, tally) -> {
          if (tally.scale() != scale) {
            throw new IllegalArgumentException(tally + " filed under " + scale);
          }
        });
    byScale = Collections.unmodifiableMap(new EnumMap<>(byScale));
  }

  /** The tallies, those of one scale added together (a rollup may hold several rows per scale). */
  public static ScaleTallies of(Collection<ScaleTally> tallies) {
    Map<AnswerScale, ScaleTally> byScale = new EnumMap<>(AnswerScale.class);
    tallies.forEach(t -> byScale.merge(t.scale(), t, ScaleTally::plus));
    return new ScaleTallies(byScale);
  }

  /** The answers tallied, an answer hitting when {@code hit} says so on its scale. */
  static ScaleTallies count(
      Collection<ScaledAnswer> answers, BiPredicate<AnswerScale, Integer> hit) {
    Map<AnswerScale, ScaleTally> byScale = new EnumMap<>(AnswerScale.class);
    for (ScaledAnswer a : answers) {
      ScaleTally one =
          new ScaleTally(a.scale(), hit.test(a.scale(), a.score()) ? 1 : 0, 1, a.score());
      byScale.merge(a.scale(), one, ScaleTally::plus);
    }
    return new ScaleTallies(byScale);
  }

  @Override
  public long n() {
    return byScale.values().stream().mapToLong(ScaleTally::n).sum();
  }

  public long hits() {
    return byScale.values().stream().mapToLong(ScaleTally::hits).sum();
  }

  /** The share of hits in percent, each answer on its own scale; null without answers. */
  public Double percent() {
    return n() == 0 ? null : hits() * 100.0 / n();
  }

  /** The mean score when all answers are on one scale; null without answers or on mixed scales. */
  public Double mean() {
    Map<AnswerScale, Double> means = means();
    return means.size() == 1 ? means.values().iterator().next() : null;
  }

  /** The mean score of each scale that has answers. */
  public Map<AnswerScale, Double> means() {
    Map<AnswerScale, Double> means = new EnumMap<>(AnswerScale.class);
    byScale.forEach(
        (scale, tally) -> {
          if (tally.n() > 0) {
            means.put(scale, tally.mean());
          }
        });
    return Collections.unmodifiableMap(means);
  }
}
