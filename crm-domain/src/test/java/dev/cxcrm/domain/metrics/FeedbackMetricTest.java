package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackMetricTest {
  private static FeedbackCounts of(List<FeedbackCounts> rows) {
    return rows.stream().reduce(FeedbackCounts.NONE, FeedbackCounts::plus);
  }

  private static FeedbackCounts nps(int... scores) {
    FeedbackCounts c = FeedbackCounts.NONE;
    for (int s : scores) {
      c = c.plus(FeedbackCounts.of(s, null, null, null, null, null));
    }
    return c;
  }

  @Test
  void nps_gives_its_value_interval_and_groups() {
    // 10, 9, 9, 7, 3: 3 promoters, 1 passive, 1 detractor -> (3 - 1) * 100 / 5 = 40.
    // p+ = 0.6, p- = 0.2: var = 0.6 + 0.2 - 0.4^2 = 0.64, se = sqrt(0.64 / 5) = 0.35777;
    // 40 ± 1.96 * 35.777 = [-30.12, 110.12], not clipped.
    Figure f = FeedbackMetric.NPS.of(nps(10, 9, 9, 7, 3));
    assertThat(f.value()).isEqualTo(40.0);
    assertThat(f.n()).isEqualTo(5);
    assertThat(f.smallSample()).isTrue();
    assertThat(f.interval().low()).isCloseTo(-30.1236, within(1e-3));
    assertThat(f.interval().high()).isCloseTo(110.1236, within(1e-3));
    assertThat(f.parts())
        .containsExactly(
            java.util.Map.entry("promoters", 3L),
            java.util.Map.entry("passives", 1L),
            java.util.Map.entry("detractors", 1L));
  }

  @Test
  void csat_and_ces_give_their_parts_per_scale_and_no_mean_on_mixed_scales() {
    // CSAT 5/5, 3/5: 1 of 2 satisfied = 50 %, mean 4 on 1–5.
    Figure csat =
        FeedbackMetric.CSAT.of(
            of(
                List.of(
                    FeedbackCounts.of(null, 5, 5, null, null, null),
                    FeedbackCounts.of(null, 3, 5, null, null, null))));
    assertThat(csat.value()).isEqualTo(50.0);
    assertThat(csat.parts()).containsEntry("satisfied", 1L).containsEntry("mean5", 4.0);
    assertThat(csat.interval()).isNotNull();
    // CES 2/5 and 3/7: both low effort; mixed scales, so no single mean, one per scale.
    Figure ces =
        FeedbackMetric.CES.of(
            of(
                List.of(
                    FeedbackCounts.of(null, null, null, 2, 5, null),
                    FeedbackCounts.of(null, null, null, 3, 7, null))));
    assertThat(ces.value()).isNull();
    assertThat(ces.n()).isEqualTo(2);
    assertThat(ces.parts())
        .containsEntry("lowEffortPercent", 100.0)
        .containsEntry("mean5", 2.0)
        .containsEntry("mean7", 3.0)
        .containsEntry("n5", 1L);
  }

  @Test
  void no_answers_give_no_figure_and_no_change() {
    for (FeedbackMetric m : FeedbackMetric.values()) {
      Figure none = m.of(FeedbackCounts.NONE);
      assertThat(none.value()).as("%s", m).isNull();
      assertThat(none.n()).isZero();
      assertThat(m.change(FeedbackCounts.NONE, nps(9))).as("%s", m).isNull();
    }
  }

  @Test
  void only_nps_and_csat_changes_are_tested() {
    Change nps = FeedbackMetric.NPS.change(nps(0, 0, 0), nps(10, 10, 10));
    assertThat(nps.tested()).isTrue();
    assertThat(nps.difference()).isEqualTo(200.0);
    FeedbackCounts fourStars = FeedbackCounts.of(null, null, null, null, null, 4);
    FeedbackCounts twoStars = FeedbackCounts.of(null, null, null, null, null, 2);
    Change reviews = FeedbackMetric.REVIEWS.change(twoStars, fourStars);
    assertThat(reviews.difference()).isEqualTo(2.0);
    assertThat(reviews.tested()).isFalse();
    assertThat(reviews.significant()).isFalse();
  }
}
