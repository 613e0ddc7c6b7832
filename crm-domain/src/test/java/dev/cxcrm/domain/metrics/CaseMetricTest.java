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
}
