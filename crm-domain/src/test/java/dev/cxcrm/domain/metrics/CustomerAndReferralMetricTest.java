package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerAndReferralMetricTest {
  @Test
  void retention_and_churn_are_figures_of_the_four_counts_with_s_as_their_sample() {
    // S 40, E 38, N 6, lost 8: CRR = (38 - 6) / 40 * 100 = 80; churn = 8 / 40 * 100 = 20.
    Retention r = new Retention(40, 38, 6, 8);
    Figure retention = CustomerMetric.RETENTION.of(r);
    assertThat(retention.value()).isEqualTo(80.0);
    assertThat(retention.n()).isEqualTo(40);
    assertThat(retention.smallSample()).isFalse();
    assertThat(retention.interval()).isNull();
    assertThat(retention.parts())
        .containsExactly(
            java.util.Map.entry("atStart", 40L),
            java.util.Map.entry("atEnd", 38L),
            java.util.Map.entry("created", 6L),
            java.util.Map.entry("lost", 8L));
    assertThat(CustomerMetric.CHURN.of(r).value()).isEqualTo(20.0);
    assertThat(CustomerMetric.RETENTION.word()).isEqualTo("retention");
  }

  @Test
  void no_customer_at_the_start_has_no_rate_and_no_change() {
    Retention none = new Retention(0, 2, 2, 0);
    assertThat(CustomerMetric.RETENTION.of(none).value()).isNull();
    assertThat(CustomerMetric.CHURN.of(none).value()).isNull();
    assertThat(CustomerMetric.CHURN.change(none, new Retention(10, 9, 0, 1))).isNull();
    // 10 % churn after 25 %: -15 points, and no test is stated for a whole population.
    Change c = CustomerMetric.CHURN.change(new Retention(4, 3, 0, 1), new Retention(10, 9, 0, 1));
    assertThat(c.difference()).isEqualTo(-15.0);
    assertThat(c.tested()).isFalse();
    assertThat(c.significant()).isFalse();
  }

  @Test
  void referrals_are_a_count_where_zero_is_a_value_and_never_a_small_sample() {
    Figure none = ReferralMetric.REFERRALS.of(0L);
    assertThat(none.value()).isEqualTo(0.0);
    assertThat(none.smallSample()).isFalse();
    Figure three = ReferralMetric.REFERRALS.of(3L);
    assertThat(three.value()).isEqualTo(3.0);
    assertThat(three.n()).isEqualTo(3);
    assertThat(three.smallSample()).isFalse();
    assertThat(three.parts()).containsEntry("referrals", 3L);
    assertThat(ReferralMetric.REFERRALS.change(0L, 3L).difference()).isEqualTo(3.0);
    assertThat(ReferralMetric.REFERRALS.cuts()).isEqualTo(MetricCut.ofCustomers());
    // A sampled figure of 3 answers is small; a count of 3 is not.
    assertThat(new Figure(3.0, 3, null, java.util.Map.of()).smallSample()).isTrue();
  }
}
