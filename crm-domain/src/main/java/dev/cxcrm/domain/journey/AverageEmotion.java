package dev.cxcrm.domain.journey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The mean emotion of a sample, kept exactly as the sum of the values and the sample size (a mean
 * such as 1/3 has no finite decimal); rounded only when shown. Always between -2 and +2.
 */
public record AverageEmotion(long sum, long sampleSize) {
  /** The places shown on the map and in the API. */
  public static final int SHOWN_PLACES = 2;

  public AverageEmotion {
    if (sampleSize <= 0) {
      throw new IllegalArgumentException("An average needs at least one value.");
    }
    if (Math.abs(sum) > EmotionCounts.MAX * sampleSize) {
      throw new IllegalArgumentException("The sum is outside what -2..+2 values can give.");
    }
  }

  /** The mean rounded half away from zero to {@code places} decimals (-0.125 gives -0.13). */
  public BigDecimal rounded(int places) {
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(sampleSize), places, RoundingMode.HALF_UP);
  }

  /** The mean as the map and the API show it, two decimals. */
  public BigDecimal shown() {
    return rounded(SHOWN_PLACES);
  }

  /** The mean for colour scales; not for arithmetic. */
  public double approximate() {
    return (double) sum / sampleSize;
  }
}
