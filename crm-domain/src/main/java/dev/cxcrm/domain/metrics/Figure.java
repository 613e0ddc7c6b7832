package dev.cxcrm.domain.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A metric's figure as it is shown and served: the value (null without a sample, never 0), its
 * sample size, the 95 % interval where the metric defines one, and the parts it was computed from
 * (promoters, passives and detractors; satisfied answers and the mean; ...), in order.
 */
public record Figure(Double value, long n, Interval interval, Map<String, Number> parts)
    implements Sampled {
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
