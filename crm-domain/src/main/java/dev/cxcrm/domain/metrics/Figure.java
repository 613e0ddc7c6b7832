package dev.cxcrm.domain.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A metric's figure as it is shown and served: the value (null without a sample, never 0), its
 * sample size, the 95 % interval where the metric defines one, and the parts it was computed from
 * (promoters, passives and detractors; satisfied answers and the mean; ...), in order.
 */
public record Figure(
    Double value, long n, Interval interval, Map<String, Number> parts, boolean sample)
    implements Sampled {
  /** A figure computed from a sample of {@code n} answers or customers. */
  public Figure(Double value, long n, Interval interval, Map<String, Number> parts) {
    this(value, n, interval, parts, true);
  }

  /**
   * A count of everything there is (referrals made): its value is the count, 0 included, and it is
   * never a small sample.
   */
  public static Figure count(String part, long count) {
    return new Figure((double) count, count, null, Map.of(part, count), false);
  }

  /** Only a sample can be small; a count of everything is what it is. */
  @Override
  public boolean smallSample() {
    return sample && Sampled.super.smallSample();
  }

  public Figure {
    Map<String, Number> kept = new LinkedHashMap<>();
    parts.forEach(
        (k, v) -> {
          if (v != null) {
            kept.put(k, v);
          }
        });
    parts = Collections.unmodifiableMap(kept);
  }
}
