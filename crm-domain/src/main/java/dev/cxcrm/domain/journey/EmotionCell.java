package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.JourneyStage;
import java.util.Objects;
import java.util.Optional;

/**
 * The interactions of one period at one touchpoint of one stage: how many there were (volume) and
 * the emotions the ones that carried an emotion showed. {@code touchpointId} is null for
 * interactions recorded at the stage without a touchpoint; {@code stage} is null for interactions
 * recorded with neither.
 */
public record EmotionCell(
    JourneyStage stage, Long touchpointId, long volume, EmotionCounts emotions) {
  public EmotionCell {
    Objects.requireNonNull(emotions);
    if (volume < emotions.sampleSize()) {
      throw new IllegalArgumentException("More emotions than interactions.");
    }
  }

  public static EmotionCell empty(JourneyStage stage, Long touchpointId) {
    return new EmotionCell(stage, touchpointId, 0, EmotionCounts.NONE);
  }

  public Optional<AverageEmotion> average() {
    return emotions.average();
  }

  /** Interactions that carry an emotion: the n of the average. */
  public long sampleSize() {
    return emotions.sampleSize();
  }

  public EmotionCell plus(EmotionCell o) {
    return new EmotionCell(stage, touchpointId, volume + o.volume, emotions.plus(o.emotions));
  }
}
