package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClvMetricTest {
  private static LocalDate day(String d) {
    return LocalDate.parse(d);
  }

  private static BuyerDays bought(String... days) {
    TreeSet<LocalDate> set = new TreeSet<>();
    for (String d : days) {
      set.add(day(d));
    }
    return new BuyerDays(set);
  }

  @Test
  void the_value_is_revenue_to_date_per_buyer_and_the_projection_is_in_the_parts() {
    // To date: 60,000 yen from 3 customers -> 20,000. The year up to the end: 30,000 yen in 4
    // orders from 2 buyers, a churn of 25 %: 7,500 per order x 2 a year x 4 years = 60,000.
    LifetimeValue v =
        new LifetimeValue(
            new RevenueToDate("JPY", new BigDecimal("60000"), 3),
            new ProjectedClv("JPY", new BigDecimal("30000"), 4, 2, 365, 25.0));
    Figure f = ClvMetric.CLV.of(v);
    assertThat(f.value()).isEqualTo(20000.0);
    assertThat(f.n()).isEqualTo(3);
    assertThat(f.smallSample()).isTrue();
    assertThat(f.interval()).isNull();
    assertThat(f.parts())
        .containsEntry("revenue", new BigDecimal("60000"))
        .containsEntry("customers", 3L)
        .containsEntry("windowRevenue", new BigDecimal("30000"))
        .containsEntry("orders", 4L)
        .containsEntry("buyers", 2L)
        .containsEntry("purchasesPerYear", 2.0)
        .containsEntry("annualChurn", 25.0)
        .containsEntry("lifespanYears", 4.0);
    assertThat((BigDecimal) f.parts().get("averageOrderValue")).isEqualByComparingTo("7500");
    assertThat((BigDecimal) f.parts().get("projected")).isEqualByComparingTo("60000");
    assertThat(ClvMetric.CLV.word()).isEqualTo("clv");
    assertThat(ClvMetric.CLV.bounds()).isNull();
    assertThat(Metric.named("clv")).contains(ClvMetric.CLV);
  }

  @Test
  void no_purchase_means_no_value_not_zero_and_no_churn_means_no_projection() {
    Figure none = ClvMetric.CLV.of(LifetimeValue.none("JPY"));
    assertThat(none.value()).isNull();
    assertThat(none.n()).isZero();
    assertThat(none.parts()).doesNotContainKeys("projected", "averageOrderValue", "lifespanYears");

    Figure noChurn =
        ClvMetric.CLV.of(
            new LifetimeValue(
                new RevenueToDate("JPY", new BigDecimal("1000"), 1),
                new ProjectedClv("JPY", new BigDecimal("1000"), 1, 1, 365, 0.0)));
    assertThat(noChurn.value()).isEqualTo(1000.0);
    assertThat(noChurn.parts()).containsEntry("annualChurn", 0.0).doesNotContainKey("projected");
  }

  @Test
  void a_buyer_counts_from_the_first_day_and_in_every_window_that_holds_a_day_bought() {
    BuyerDays b = bought("2026-03-01", "2026-03-10", "2027-06-01");
    assertThat(b.first()).isEqualTo(day("2026-03-01"));
    // 1 March's window reaches 28 Feb 2027 (364 days on); 10 March's 9 March 2027; then a gap.
    assertThat(b.spans())
        .containsExactly(
            new BuyerDays.Span(day("2026-03-01"), day("2027-03-09")),
            new BuyerDays.Span(day("2027-06-01"), day("2028-05-30")));
  }

  @Test
  void a_day_bought_right_after_a_span_joins_it_and_no_days_have_no_span() {
    // The span of 1 Jan 2026 ends on 31 Dec 2026; a purchase on 1 Jan 2027 continues it.
    assertThat(bought("2026-01-01", "2027-01-01").spans())
        .containsExactly(new BuyerDays.Span(day("2026-01-01"), day("2027-12-31")));
    assertThat(bought("2026-01-01", "2027-01-02").spans()).hasSize(2);
    assertThat(bought().spans()).isEmpty();
    assertThat(bought().first()).isNull();
    assertThat(bought("2026-05-05").with(List.of(day("2026-01-01"))).first())
        .isEqualTo(day("2026-01-01"));
  }
}
