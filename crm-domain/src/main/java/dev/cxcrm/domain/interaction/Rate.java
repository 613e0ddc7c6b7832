package dev.cxcrm.domain.interaction;

/**
 * A share with its sample: {@code numerator} of {@code denominator}. No denominator means no rate
 * ({@link #percent()} is null), never 0 %.
 */
public record Rate(long numerator, long denominator) {
  public Rate {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(numerator + " of " + denominator + " is not a share.");
    }
  }

  public static final Rate NONE = new Rate(0, 0);

  /** The share in percent, or null when there is nothing to share out. */
  public Double percent() {
    return denominator == 0 ? null : numerator * 100.0 / denominator;
  }
}
