package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.Collection;
import java.util.List;

/**
 * Customer effort: the mean score, where <b>lower means less effort</b>, and the share of
 * low-effort answers (1–2 on 1–5, 1–3 on 1–7) in percent. On mixed scales the share counts each
 * answer on its own scale; the mean is given only on one scale, else per scale ({@link
 * ScaleTallies}).
 */
public record Ces(ScaleTallies tallies) implements ScaledMetric {
  public static final Ces NONE = ofTallies(List.of());

  /** From what a rollup holds: (low effort, n, sum) per scale. */
  public static Ces ofTallies(Collection<ScaleTally> tallies) {
    return new Ces(ScaleTallies.of(tallies));
  }

  /** From answers, each on its own scale. */
  public static Ces ofAnswers(Collection<ScaledAnswer> answers) {
    return new Ces(ScaleTallies.count(answers, AnswerScale::lowEffort));
  }

  /** From answers all on a 1–{@code points} scale. */
  public static Ces of(int points, Collection<Integer> scores) {
    return ofAnswers(scores.stream().map(s -> ScaledAnswer.on(points, s)).toList());
  }

  public long lowEffort() {
    return tallies.hits();
  }

  /** The share of low-effort answers in percent, or null without answers. */
  public Double lowEffortPercent() {
    return tallies.percent();
  }
}
