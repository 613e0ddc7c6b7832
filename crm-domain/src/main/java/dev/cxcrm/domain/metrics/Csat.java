package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.Collection;
import java.util.List;

/**
 * Customer satisfaction: the share of satisfied answers (4–5 on 1–5, 6–7 on 1–7) in percent with
 * its Wilson 95 % interval, and the mean score. On mixed scales the share counts each answer on its
 * own scale; the mean is given only on one scale, else per scale ({@link ScaleTallies}).
 */
public record Csat(ScaleTallies tallies) implements ScaledMetric {
  public static final Csat NONE = ofTallies(List.of());

  /** From what a rollup holds: (satisfied, n, sum) per scale. */
  public static Csat ofTallies(Collection<ScaleTally> tallies) {
    return new Csat(ScaleTallies.of(tallies));
  }

  /** From answers, each on its own scale. */
  public static Csat ofAnswers(Collection<ScaledAnswer> answers) {
    return new Csat(ScaleTallies.count(answers, AnswerScale::satisfied));
  }

  /** From answers all on a 1–{@code points} scale. */
  public static Csat of(int points, Collection<Integer> scores) {
    return ofAnswers(scores.stream().map(s -> ScaledAnswer.on(points, s)).toList());
  }

  public long satisfied() {
    return tallies.hits();
  }

  /** CSAT in percent, or null without answers. */
  public Double percent() {
    return tallies.percent();
  }

  /** The Wilson 95 % interval of {@link #percent()}, or null without answers. */
  public Interval interval() {
    return Interval.wilson(satisfied(), n());
  }
}
