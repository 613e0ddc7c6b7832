package dev.cxcrm.domain.metrics;

/**
 * A figure's change from the previous period to this one, and whether it is beyond the noise by a
 * stated test at 95 % (|z| > 1.96): a two-proportion z-test with the pooled share for CSAT, and for
 * NPS the difference over the square root of the sum of both periods' NPS variances. The {@code
 * difference} is in the figure's unit (CSAT percent points, NPS points), after minus before.
 *
 * <p>When the test has no spread (both CSAT samples all satisfied or all not; both NPS samples each
 * of one group), z is 0 for no difference and ±infinity otherwise: the samples then disagree
 * completely, which {@link #smallSample()} puts into proportion when they are tiny.
 */
public record Change(double difference, double z, long nBefore, long nAfter) {
  /** Beyond this |z| a change is significant: the two-sided 95 % quantile. */
  public static final double CRITICAL_Z = Interval.Z95;

  /**
   * The CSAT change by the pooled two-proportion z-test; null when either period has no answers.
   */
  public static Change ofCsat(Csat before, Csat after) {
    if (before.n() == 0 || after.n() == 0) {
      return null;
    }
    double pooled = (before.satisfied() + after.satisfied()) / (double) (before.n() + after.n());
    double variance = pooled * (1 - pooled) * (1.0 / before.n() + 1.0 / after.n()) * 100 * 100;
    return of(after.percent() - before.percent(), variance, before, after);
  }

  /** The NPS change, var = var(before) + var(after); null when either period has no answers. */
  public static Change ofNps(Nps before, Nps after) {
    if (before.n() == 0 || after.n() == 0) {
      return null;
    }
    return of(after.value() - before.value(), before.variance() + after.variance(), before, after);
  }

  /**
   * The difference of two figures for which no test is stated (CES, review average): z is NaN, and
   * it is never called significant. Null when either figure has no value.
   */
  public static Change untested(Figure before, Figure after) {
    if (before.value() == null || after.value() == null) {
      return null;
    }
    return new Change(after.value() - before.value(), Double.NaN, before.n(), after.n());
  }

  /** Whether a stated test gave z (NPS, CSAT); false for an untested difference. */
  public boolean tested() {
    return !Double.isNaN(z);
  }

  private static Change of(double difference, double variance, Sampled before, Sampled after) {
    double z =
        variance > 0
            ? difference / Math.sqrt(variance)
            : difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
    return new Change(difference, z, before.n(), after.n());
  }

  /** Beyond the noise: |z| > 1.96 (never for an untested difference). */
  public boolean significant() {
    return Math.abs(z) > CRITICAL_Z;
  }

  /** Either period is a small sample, so even a significant change deserves caution. */
  public boolean smallSample() {
    return Math.min(nBefore, nAfter) < Sampled.SMALL_SAMPLE;
  }
}
