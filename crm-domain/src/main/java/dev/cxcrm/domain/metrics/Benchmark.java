package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.Checks;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A figure the business compares its own with (issue 13, competitive position): an industry NPS, a
 * competitor's CSAT, its own target for churn. Drawn as a line on the metric's trend and compared
 * on its card. Entered by hand, so it is exactly what was entered: a number inside the metric's
 * scale with at most two decimals.
 */
public record Benchmark(
    long id,
    int version,
    Metric<?> metric,
    BenchmarkKind kind,
    String name,
    BigDecimal value,
    Instant changedAt,
    String changedBy) {
  public static final int NAME_MAX = 100;

  public Benchmark {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    value = plain(Objects.requireNonNull(value, "value"));
  }

  /** The number without trailing zeros, and never in exponent form (100, not 1E+2). */
  static BigDecimal plain(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** What a benchmark is made of before it is stored. */
  public record Draft(Metric<?> metric, BenchmarkKind kind, String name, BigDecimal value) {
    public Draft {
      name = Texts.clean(name);
      value = plain(value);
    }

    /**
     * Its broken rules: each part required; a metric that has a scale (a count such as referrals
     * has none to compare with); a name of at most {@value #NAME_MAX} characters; a value inside
     * the metric's scale with at most two decimals.
     */
    public void check() {
      Checks c = new Checks();
      boolean scaled = c.required("metric", metric);
      if (scaled && metric.bounds() == null) {
        c.add(
            FieldError.of("metric", "metrics.validation.noBenchmark", "A count has no benchmark."));
        scaled = false;
      }
      c.required("kind", kind);
      c.required("name", name);
      c.length("name", name, NAME_MAX);
      if (c.required("value", value) && scaled) {
        double[] b = metric.bounds();
        if (value.scale() > 2
            || value.compareTo(BigDecimal.valueOf(b[0])) < 0
            || value.compareTo(BigDecimal.valueOf(b[1])) > 0) {
          c.add(
              FieldError.of(
                  "value",
                  "metrics.validation.benchmarkValue",
                  "A number from {0} to {1} with at most two decimals.",
                  (long) b[0],
                  (long) b[1]));
        }
      }
      c.throwIfAny();
    }
  }
}
