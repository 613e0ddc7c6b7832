package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.Emotion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many interactions carried each emotion from -2 (very negative) to +2 (very positive).
 * Interactions without an emotion are not counted here: they are part of the volume, not of the
 * sample.
 */
public record EmotionCounts(
    long veryNegative, long negative, long neutral, long positive, long veryPositive) {
  public static final int MIN = Emotion.MIN;
  public static final int MAX = Emotion.MAX;
  public static final EmotionCounts NONE = new EmotionCounts(0, 0, 0, 0, 0);

  public EmotionCounts {
    if (veryNegative < 0 || negative < 0 || neutral < 0 || positive < 0 || veryPositive < 0) {
      throw new IllegalArgumentException("Counts cannot be negative.");
    }
  }

  /** The count of one emotion value, -2..+2. */
  public long count(int emotion) {
    return switch (new Emotion(emotion).value()) {
      case -2 -> veryNegative;
      case -1 -> negative;
      case 0 -> neutral;
      case 1 -> positive;
      case 2 -> veryPositive;
      default -> throw new IllegalStateException("Not on the scale: " + emotion);
    };
  }

  /** The interactions that carry an emotion: the sample the average stands on. */
  public long sampleSize() {
    return veryNegative + negative + neutral + positive + veryPositive;
  }

  /** The sum of the emotion values; with the sample size it gives the exact average. */
  public long sum() {
    return 2 * (veryPositive - veryNegative) + positive - negative;
  }

  /** The mean emotion, or empty when no interaction carried one (no data is not zero). */
  public Optional<AverageEmotion> average() {
    long n = sampleSize();
    return n == 0 ? Optional.empty() : Optional.of(new AverageEmotion(sum(), n));
  }

  public EmotionCounts plus(EmotionCounts o) {
    return new EmotionCounts(
        veryNegative + o.veryNegative,
        negative + o.negative,
        neutral + o.neutral,
        positive + o.positive,
        veryPositive + o.veryPositive);
  }

  /** The distribution keyed by value, -2 first: {@code {"-2": 3, "-1": 0, ...}}. */
  public Map<String, Long> byValue() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int e = MIN; e <= MAX; e++) {
      m.put(String.valueOf(e), count(e));
    }
    return m;
  }

  /**
   * The share of the sample with this emotion, 0..1, rounded for display (bars); 0 without data.
   */
  public double share(int emotion) {
    long n = sampleSize();
    return n == 0 ? 0 : (double) count(emotion) / n;
  }
}
