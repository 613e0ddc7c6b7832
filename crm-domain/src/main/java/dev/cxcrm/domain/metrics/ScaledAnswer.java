package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.Objects;

/** One CSAT or CES answer with the scale it was asked on; a score off its scale is refused. */
public record ScaledAnswer(int score, AnswerScale scale) {
  public ScaledAnswer {
    Objects.requireNonNull(scale, "scale");
    scale.check(score);
  }

  /** The answer {@code score} on a 1–{@code points} scale (5 or 7). */
  public static ScaledAnswer on(int points, int score) {
    return new ScaledAnswer(score, AnswerScale.of(points));
  }
}
