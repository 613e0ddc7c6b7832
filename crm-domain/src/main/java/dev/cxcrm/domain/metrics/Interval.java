package dev.cxcrm.domain.metrics;

/**
 * A 95 % confidence interval, in the unit of its figure: NPS points for NPS, percent for CSAT. It
 * is not clipped to the figure's range, so that a wide interval on a small sample shows as wide as
 * it is.
 */
public record Interval(double low, double high) {
  /** The two-sided 95 % quantile of the normal distribution. */
  public static final double Z95 = 1.96;

  public Interval {
    if (!(low <= high)) {
      throw new IllegalArgumentException("An interval from " + low + " to " + high);
    }
  }

  /** {@code center ± 1.96 · standardError}. */
  public static Interval around(double center, double standardError) {
    return new Interval(center - Z95 * standardError, center + Z95 * standardError);
  }

  /**
   * The Wilson score interval of {@code successes} of {@code n}, in percent; null when n is 0.
   * Unlike the plain normal interval it stays inside 0–100 % and is not a single point for 0 or n
   * of n, which matters on the small samples a small business has.
   */
  public static Interval wilson(long successes, long n) {
    if (successes < 0 || successes > n) {
      throw new IllegalArgumentException(successes + " of " + n + " is not a share.");
    }
    if (n == 0) {
      return null;
    }
    double p = successes / (double) n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    // Inside 0–100 by the algebra; the bounds only take off rounding dust such as -2.8e-15.
    return new Interval(Math.max(0, (center - half) * 100), Math.min(100, (center + half) * 100));
  }
}
