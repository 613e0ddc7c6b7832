package dev.cxcrm.web.metrics;

import dev.cxcrm.domain.metrics.Benchmark;
import dev.cxcrm.domain.metrics.BenchmarkKind;
import dev.cxcrm.web.shared.VersionedView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benchmark as the API shows and takes it. */
@Schema(
    name = "MetricBenchmark",
    description =
        "A figure the business compares its own with: an industry's, a competitor's or its own"
            + " target. value lies inside the metric's scale (NPS -100 to 100; csat, retention and"
            + " churn 0 to 100; ces 1 to 7; reviews 1 to 5) with at most two decimals; referrals,"
            + " a count, have none. On input, unknown fields are refused; id, version, changedAt"
            + " and changedBy are ignored.")
public record BenchmarkView(
    @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
    @Schema(
            required = true,
            enumeration = {"nps", "csat", "ces", "reviews", "retention", "churn"})
        String metric,
    @Schema(required = true) BenchmarkKind kind,
    @Schema(required = true, maxLength = Benchmark.NAME_MAX) String name,
    @Schema(required = true) BigDecimal value,
    @Schema(readOnly = true, description = "Also sent as the ETag; send it back in If-Match.")
        int version,
    @Schema(readOnly = true) Instant changedAt,
    @Schema(readOnly = true) String changedBy)
    implements VersionedView {

  static BenchmarkView of(Benchmark b) {
    return new BenchmarkView(
        b.id(),
        b.metric().word(),
        b.kind(),
        b.name(),
        b.value(),
        b.version(),
        b.changedAt(),
        b.changedBy());
  }

  @Schema(name = "MetricBenchmarkList")
  public record Items(
      @Schema(type = SchemaType.ARRAY, implementation = BenchmarkView.class)
          List<BenchmarkView> items) {}
}
