package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.ResponseTally;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContactMetricTest {
  @Test
  void compliance_is_in_time_of_the_decided_and_response_time_the_median_of_the_answered() {
    // 6 in time, 2 late, 2 overdue (decided 10), 3 pending; answered 8: the middle two 600 and 900
    // seconds, the p90 (rank 8 of 8) 3600.
    ResponseTally t = new ResponseTally("", 6, 2, 2, 3, 8, 600L, 900L, 3600L);
    Figure compliance = ContactMetric.COMPLIANCE.of(t);
    assertThat(compliance.value()).isEqualTo(60.0);
    assertThat(compliance.n()).isEqualTo(10);
    assertThat(compliance.smallSample()).isTrue();
    assertThat(compliance.interval()).isNull();
    assertThat(compliance.parts())
        .containsEntry("inTime", 6)
        .containsEntry("late", 2)
        .containsEntry("overdue", 2)
        .containsEntry("pending", 3);
    Figure time = ContactMetric.RESPONSE_TIME.of(t);
    assertThat(time.value()).isEqualTo(12.5);
    assertThat(time.n()).isEqualTo(8);
    assertThat(time.parts()).containsEntry("medianMinutes", 12.5).containsEntry("p90Minutes", 60.0);
    assertThat(ContactMetric.RESPONSE_TIME.bounds()).isNull();
    assertThat(ContactMetric.COMPLIANCE.bounds()).containsExactly(0, 100);
    assertThat(Metric.named("response-time")).contains(ContactMetric.RESPONSE_TIME);
    assertThat(Metric.named("compliance")).contains(ContactMetric.COMPLIANCE);
    assertThat(ContactMetric.COMPLIANCE.cuts())
        .doesNotContain(MetricCut.STAGE, MetricCut.TOUCHPOINT);
  }

  @Test
  void nothing_decided_is_no_compliance_and_nothing_answered_no_response_time() {
    ResponseTally pendingOnly = new ResponseTally("", 0, 0, 0, 4, 0, null, null, null);
    assertThat(ContactMetric.COMPLIANCE.of(pendingOnly).value()).isNull();
    assertThat(ContactMetric.COMPLIANCE.of(pendingOnly).parts()).containsEntry("pending", 4);
    assertThat(ContactMetric.RESPONSE_TIME.of(pendingOnly).value()).isNull();
    assertThat(ContactMetric.RESPONSE_TIME.of(pendingOnly).parts()).isEmpty();
    ResponseTally overdueOnly = new ResponseTally("", 0, 0, 3, 0, 0, null, null, null);
    assertThat(ContactMetric.COMPLIANCE.of(overdueOnly).value()).isEqualTo(0.0);
  }

  @Test
  void buckets_are_a_minute_wide_at_first_and_wider_later_without_gaps() {
    assertThat(ResponseTimes.bucket(-5)).isZero();
    assertThat(ResponseTimes.bucket(0)).isZero();
    assertThat(ResponseTimes.bucket(59)).isZero();
    assertThat(ResponseTimes.bucket(60)).isEqualTo(1);
    assertThat(ResponseTimes.bucket(1_799)).isEqualTo(29);
    assertThat(ResponseTimes.bucket(1_800)).isEqualTo(30);
    assertThat(ResponseTimes.bucket(1_919)).isEqualTo(30);
    assertThat(ResponseTimes.bucket(1_920)).isEqualTo(31);
    assertThat(ResponseTimes.bucket(3_600)).isEqualTo(45);
    // 45 + 24 + 18 + 18 + 24 buckets up to a day, 48 up to three days, 44 up to two weeks.
    assertThat(ResponseTimes.bucket(86_400)).isEqualTo(129);
    assertThat(ResponseTimes.bucket(259_200)).isEqualTo(177);
    assertThat(ResponseTimes.bucket(1_209_600)).isEqualTo(221);
    assertThat(ResponseTimes.bucket(1_209_600 + 86_400)).isEqualTo(222);
    int last = 0;
    for (long s = 0; s < 1_400_000; s += 7) {
      int b = ResponseTimes.bucket(s);
      assertThat(b).isBetween(last, last + 1);
      last = b;
    }
  }

  @Test
  void ranks_are_the_two_middles_and_the_nearest_rank_of_the_p90() {
    assertThat(ResponseTimes.ranks(0)).isEmpty();
    assertThat(ResponseTimes.ranks(1)).containsExactly(1L, 1L, 1L);
    assertThat(ResponseTimes.ranks(2)).containsExactly(1L, 2L, 2L);
    assertThat(ResponseTimes.ranks(10)).containsExactly(5L, 6L, 9L);
    assertThat(ResponseTimes.ranks(11)).containsExactly(6L, 6L, 10L);
  }

  @Test
  void a_rank_is_found_in_its_bucket_and_then_at_its_second() {
    // Buckets 0: 3 answers, 4: 2 answers, 9: 5 answers (10 in all).
    NavigableMap<Integer, Long> buckets = new TreeMap<>();
    buckets.put(0, 3L);
    buckets.put(4, 2L);
    buckets.put(9, 5L);
    assertThat(ResponseTimes.places(buckets, ResponseTimes.ranks(10)))
        .containsExactly(
            new ResponseTimes.Place(4, 2),
            new ResponseTimes.Place(9, 1),
            new ResponseTimes.Place(9, 4));
    NavigableMap<Long, Long> seconds = new TreeMap<>();
    seconds.put(540L, 2L);
    seconds.put(560L, 1L);
    seconds.put(599L, 2L);
    assertThat(ResponseTimes.at(seconds, 1)).isEqualTo(540);
    assertThat(ResponseTimes.at(seconds, 2)).isEqualTo(540);
    assertThat(ResponseTimes.at(seconds, 3)).isEqualTo(560);
    assertThat(ResponseTimes.at(seconds, 5)).isEqualTo(599);
    assertThatThrownBy(() -> ResponseTimes.at(seconds, 6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponseTimes.places(buckets, List.of(11L)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
