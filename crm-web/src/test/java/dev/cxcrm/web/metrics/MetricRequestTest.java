package dev.cxcrm.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.domain.metrics.ClvMetric;
import dev.cxcrm.domain.metrics.CustomerMetric;
import dev.cxcrm.domain.metrics.FeedbackMetric;
import dev.cxcrm.domain.metrics.Metric;
import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.ejb.metrics.MetricQuery;
import dev.cxcrm.web.shared.QueryInput;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricRequestTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private static Map<MetricCut, String> cuts(Object... cutAndValue) {
    Map<MetricCut, String> m = new EnumMap<>(MetricCut.class);
    for (int i = 0; i < cutAndValue.length; i += 2) {
      m.put((MetricCut) cutAndValue[i], (String) cutAndValue[i + 1]);
    }
    return m;
  }

  private static MetricQuery read(
      String from, String to, String groupBy, Map<MetricCut, String> c) {
    return read(from, to, groupBy, c, FeedbackMetric.NPS);
  }

  private static MetricQuery read(
      String from, String to, String groupBy, Map<MetricCut, String> c, Metric<?> metric) {
    QueryInput in = new QueryInput();
    MetricQuery q =
        MetricRequest.read(in, MetricRequest.PERIOD, from, to, groupBy, c, metric.cuts(), TODAY);
    in.done();
    return q;
  }

  private static List<String> refused(
      String from, String to, String groupBy, Map<MetricCut, String> c) {
    return refused(from, to, groupBy, c, FeedbackMetric.NPS);
  }

  private static List<String> refused(
      String from, String to, String groupBy, Map<MetricCut, String> c, Metric<?> metric) {
    InvalidInput e =
        catchThrowableOfType(() -> read(from, to, groupBy, c, metric), InvalidInput.class);
    assertThat(e).as("refused").isNotNull();
    return e.errors().stream().map(FieldError::field).toList();
  }

  private static List<String> currencyRefused(String raw, boolean money) {
    QueryInput in = new QueryInput();
    assertThat(MetricRequest.currency(in, raw, money)).isNull();
    InvalidInput e = catchThrowableOfType(in::done, InvalidInput.class);
    assertThat(e).as("refused").isNotNull();
    return e.errors().stream().map(FieldError::messageKey).toList();
  }

  @Test
  void only_lifetime_value_takes_a_currency_and_only_an_iso_4217_code() {
    QueryInput in = new QueryInput();
    assertThat(MetricRequest.currency(in, "USD", true)).isEqualTo("USD");
    assertThat(MetricRequest.currency(in, " ", true)).isNull();
    assertThat(MetricRequest.currency(in, null, false)).isNull();
    in.done();
    assertThat(currencyRefused("usd", true)).containsExactly("metrics.validation.currency");
    assertThat(currencyRefused("XYZ", true)).containsExactly("metrics.validation.currency");
    assertThat(currencyRefused("JPY", false)).containsExactly("metrics.validation.noCurrency");
    assertThat(read(null, null, "agent", cuts(), ClvMetric.CLV).byCut()).isEqualTo(MetricCut.AGENT);
    assertThat(refused(null, null, null, cuts(MetricCut.STAGE, "PURCHASE"), ClvMetric.CLV))
        .containsExactly("stage");
  }

  @Test
  void customer_metrics_take_the_customers_cuts_and_refuse_the_others_by_name() {
    MetricQuery q =
        read(null, null, "month", cuts(MetricCut.AGENT, "tanaka"), CustomerMetric.RETENTION);
    assertThat(q.cut()).isEqualTo(MetricCut.AGENT);
    assertThat(read(null, null, "segment", cuts(), CustomerMetric.CHURN).byCut())
        .isEqualTo(MetricCut.SEGMENT);
    assertThat(refused(null, null, null, cuts(MetricCut.CHANNEL, "EMAIL"), CustomerMetric.CHURN))
        .containsExactly("channel");
    assertThat(refused(null, null, "touchpointId", cuts(), CustomerMetric.RETENTION))
        .containsExactly("groupBy");
    // One answer per parameter: a cut it is not cut by, not also "one cut at a time".
    assertThat(refused(null, null, "stage", cuts(MetricCut.CHANNEL, "EMAIL"), CustomerMetric.CHURN))
        .containsExactly("channel", "groupBy");
  }

  @Test
  void the_business_dashboards_default_is_this_quarter_and_the_three_before() {
    assertThat(MetricRequest.QUARTERS.standard(TODAY))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), TODAY));
    assertThat(MetricRequest.QUARTERS.standard(LocalDate.of(2026, 3, 31)))
        .isEqualTo(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
    // The competitive dashboard's: this half-year and the three before.
    assertThat(MetricRequest.HALVES.standard(TODAY))
        .isEqualTo(new ReportPeriod(LocalDate.of(2025, 1, 1), TODAY));
    assertThat(MetricRequest.HALVES.standard(LocalDate.of(2026, 6, 30)))
        .isEqualTo(new ReportPeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30)));
  }

  @Test
  void the_default_is_this_month_and_the_two_before_up_to_today() {
    MetricQuery q = read(null, null, null, cuts());
    assertThat(q.period()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 1), TODAY));
    assertThat(q.cut()).isNull();
    assertThat(q.byPeriod()).isNull();
    assertThat(q.byCut()).isNull();
  }

  @Test
  void a_cut_is_kept_by_the_value_the_rollup_holds_and_combines_with_a_period_grouping() {
    MetricQuery q = read("2026-01-01", "2026-06-30", "quarter", cuts(MetricCut.CHANNEL, "EMAIL"));
    assertThat(q.cut()).isEqualTo(MetricCut.CHANNEL);
    assertThat(q.value()).isEqualTo("EMAIL");
    assertThat(q.byPeriod()).isEqualTo(PeriodGrouping.QUARTER);
    assertThat(read(null, null, "half-year", cuts(MetricCut.TOUCHPOINT, "42")).value())
        .isEqualTo("42");
    assertThat(read(null, null, "touchpointId", cuts()).byCut()).isEqualTo(MetricCut.TOUCHPOINT);
    assertThat(read(null, null, null, cuts(MetricCut.SEGMENT, "  関東 ")).value()).isEqualTo("関東");
  }

  @Test
  void two_cuts_a_kept_cut_with_a_breakdown_and_unreadable_values_are_named() {
    assertThat(refused(null, null, null, cuts(MetricCut.SEGMENT, "a", MetricCut.AGENT, "b")))
        .containsExactly("agent");
    assertThat(refused(null, null, "channel", cuts(MetricCut.SEGMENT, "a")))
        .containsExactly("groupBy");
    assertThat(
            refused(
                "2026-13-01",
                null,
                "fortnight",
                cuts(MetricCut.STAGE, "LOST", MetricCut.TOUCHPOINT, "0")))
        .containsExactlyInAnyOrder("from", "groupBy", "stage", "touchpointId");
    // Three years and two days at most: 2023-12-01 to 2026-12-03 is 1,099 days.
    assertThat(read("2023-12-01", "2026-12-03", null, cuts()).period().days()).isEqualTo(1099);
    assertThat(refused("2020-01-01", "2026-01-01", null, cuts())).containsExactly("to");
  }
}
