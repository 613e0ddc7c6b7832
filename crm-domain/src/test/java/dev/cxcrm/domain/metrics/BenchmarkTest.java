package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTest {
  private static List<String> refused(Benchmark.Draft d) {
    InvalidInput e = catchThrowableOfType(d::check, InvalidInput.class);
    assertThat(e).as("refused").isNotNull();
    return e.errors().stream().map(f -> f.field() + " " + f.messageKey()).toList();
  }

  private static Benchmark.Draft draft(Metric<?> m, String value) {
    return new Benchmark.Draft(m, BenchmarkKind.INDUSTRY, " 業界平均 ", new BigDecimal(value));
  }

  @Test
  void a_value_inside_the_metrics_scale_with_two_decimals_is_taken_as_entered() {
    Benchmark.Draft d = draft(FeedbackMetric.NPS, "-100.00");
    d.check();
    assertThat(d.name()).isEqualTo("業界平均");
    assertThat(d.value()).hasToString("-100");
    assertThat(draft(FeedbackMetric.NPS, "32.50").value()).hasToString("32.5");
    draft(FeedbackMetric.NPS, "100").check();
    draft(FeedbackMetric.CES, "1").check();
    draft(FeedbackMetric.CES, "6.75").check();
    draft(FeedbackMetric.REVIEWS, "4.25").check();
    draft(CustomerMetric.CHURN, "0").check();
    draft(FeedbackMetric.CSAT, "85.5").check();
  }

  @Test
  void a_value_outside_the_scale_or_finer_than_a_hundredth_is_refused_on_value() {
    assertThat(refused(draft(FeedbackMetric.NPS, "-100.01")))
        .containsExactly("value metrics.validation.benchmarkValue");
    assertThat(refused(draft(FeedbackMetric.CSAT, "100.5")))
        .containsExactly("value metrics.validation.benchmarkValue");
    assertThat(refused(draft(FeedbackMetric.CES, "0.99")))
        .containsExactly("value metrics.validation.benchmarkValue");
    assertThat(refused(draft(FeedbackMetric.REVIEWS, "5.001")))
        .containsExactly("value metrics.validation.benchmarkValue");
    InvalidInput e =
        catchThrowableOfType(draft(FeedbackMetric.REVIEWS, "6")::check, InvalidInput.class);
    FieldError f = e.errors().get(0);
    assertThat(f.args()).containsExactly(1L, 5L);
  }

  @Test
  void a_count_has_no_benchmark_and_every_part_is_required() {
    assertThat(refused(draft(ReferralMetric.REFERRALS, "10")))
        .containsExactly("metric metrics.validation.noBenchmark");
    assertThat(refused(new Benchmark.Draft(null, null, "  ", null)))
        .containsExactly(
            "metric validation.required",
            "kind validation.required",
            "name validation.required",
            "value validation.required");
    assertThat(
            refused(
                new Benchmark.Draft(
                    FeedbackMetric.NPS, BenchmarkKind.TARGET, "x".repeat(101), BigDecimal.TEN)))
        .containsExactly("name validation.tooLong");
  }
}
