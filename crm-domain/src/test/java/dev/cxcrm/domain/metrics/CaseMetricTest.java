package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseMetricTest {
  @Test
  void resolution_is_resolved_by_the_end_of_opened_and_fcr_first_contact_of_resolved() {
    // 8 opened, 6 of them resolved by the end; 5 resolved in the period, 2 at first contact.
    CaseCounts c = new CaseCounts(8, 6, 5, 2);
    Figure resolution = CaseMetric.RESOLUTION.of(c);
    assertThat(resolution.value()).isEqualTo(75.0);
    assertThat(resolution.n()).isEqualTo(8);
    assertThat(resolution.parts()).containsEntry("opened", 8L).containsEntry("resolved", 6L);
    Figure fcr = CaseMetric.FCR.of(c);
    assertThat(fcr.value()).isEqualTo(40.0);
    assertThat(fcr.n()).isEqualTo(5);
    assertThat(fcr.smallSample()).isTrue();
    assertThat(fcr.interval()).isNull();
    assertThat(fcr.parts()).containsEntry("resolved", 5L).containsEntry("firstContact", 2L);
    assertThat(Metric.named("fcr")).contains(CaseMetric.FCR);
    assertThat(Metric.named("resolution")).contains(CaseMetric.RESOLUTION);
    assertThat(CaseMetric.FCR.cuts()).doesNotContain(MetricCut.STAGE, MetricCut.TOUCHPOINT);
  }

  @Test
  void no_case_is_no_rate_not_zero_and_none_resolved_is_zero() {
    assertThat(CaseMetric.RESOLUTION.of(CaseCounts.NONE).value()).isNull();
    assertThat(CaseMetric.FCR.of(CaseCounts.NONE).value()).isNull();
    assertThat(CaseMetric.RESOLUTION.of(new CaseCounts(3, 0, 0, 0)).value()).isEqualTo(0.0);
    assertThat(CaseMetric.FCR.of(new CaseCounts(3, 0, 0, 0)).value()).isNull();
    assertThat(new CaseCounts(1, 1, 2, 1).plus(new CaseCounts(2, 0, 1, 1)))
        .isEqualTo(new CaseCounts(3, 1, 3, 2));
    assertThatThrownBy(() -> new CaseCounts(1, 2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseCounts(0, 0, 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recovery_is_the_better_next_answers_of_those_given_and_waiting_ones_count_in_no_rate() {
    // 3 recovered, 1 not, 2 still waiting: 3 / 4 = 75 %, n = 4.
    Figure f = RecoveryMetric.RECOVERY.of(new RecoveryCounts(3, 1, 2));
    assertThat(f.value()).isEqualTo(75.0);
    assertThat(f.n()).isEqualTo(4);
    assertThat(f.parts())
        .containsEntry("recovered", 3L)
        .containsEntry("notRecovered", 1L)
        .containsEntry("pending", 2L);
    assertThat(RecoveryMetric.RECOVERY.of(new RecoveryCounts(0, 0, 5)).value()).isNull();
    assertThat(RecoveryMetric.RECOVERY.of(new RecoveryCounts(0, 2, 0)).value()).isEqualTo(0.0);
    assertThat(Metric.named("recovery")).contains(RecoveryMetric.RECOVERY);
    assertThat(new RecoveryCounts(1, 2, 3).plus(new RecoveryCounts(1, 0, 1)))
        .isEqualTo(new RecoveryCounts(2, 2, 4));
  }
}
