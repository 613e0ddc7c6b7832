package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

  private static Csat csat(long satisfied, long n) {
    // The sum only feeds the mean, which the test does not read: every answer 4 or 2.
    return Csat.ofTallies(
        List.of(
            new ScaleTally(AnswerScale.FIVE, satisfied, n, 4 * satisfied + 2 * (n - satisfied))));
  }

  @Test
  void a_csat_drop_from_80_to_60_percent_on_50_answers_each_is_beyond_the_noise() {
    // Pooled p = 70 / 100 = 0.7; se = sqrt(0.7 * 0.3 * (1/50 + 1/50)) = 0.091652;
    // z = (0.6 - 0.8) / 0.091652 = -2.1822.
    Change c = Change.ofCsat(csat(40, 50), csat(30, 50));
    assertThat(c.difference()).isCloseTo(-20.0, within(1e-9));
    assertThat(c.z()).isCloseTo(-2.1822, within(1e-4));
    assertThat(c.significant()).isTrue();
    assertThat(c.smallSample()).isFalse();
  }

  @Test
  void a_csat_rise_of_15_points_on_20_answers_each_is_noise() {
    // 12/20 -> 15/20: pooled 27/40 = 0.675; se = sqrt(0.675 * 0.325 * 0.1) = 0.148113;
    // z = 0.15 / 0.148113 = 1.0127.
    Change c = Change.ofCsat(csat(12, 20), csat(15, 20));
    assertThat(c.z()).isCloseTo(1.0127, within(1e-4));
    assertThat(c.significant()).isFalse();
    assertThat(c.smallSample()).isTrue();
  }

  @Test
  void an_nps_change_is_tested_on_the_sum_of_both_variances() {
    // Before 50/30/20 of 100: NPS 30, var = (0.7 - 0.09) / 100 * 100² = 61.
    // After 30/30/40 of 100: NPS -10, var = (0.7 - 0.01) / 100 * 100² = 69.
    // z = -40 / sqrt(130) = -3.5082.
    Change c = Change.ofNps(Nps.ofCounts(50, 30, 20), Nps.ofCounts(30, 30, 40));
    assertThat(c.difference()).isCloseTo(-40.0, within(1e-9));
    assertThat(c.z()).isCloseTo(-3.5082, within(1e-4));
    assertThat(c.significant()).isTrue();
  }

  @Test
  void a_ten_point_nps_change_on_twenty_answers_is_noise() {
    // Before 8/6/6 of 20: NPS 10, var = (0.7 - 0.01) / 20 * 100² = 345.
    // After 10/4/6 of 20: NPS 20, var = (0.8 - 0.04) / 20 * 100² = 380. z = 10 / sqrt(725) =
    // 0.3714.
    Change c = Change.ofNps(Nps.ofCounts(8, 6, 6), Nps.ofCounts(10, 4, 6));
    assertThat(c.z()).isCloseTo(0.3714, within(1e-4));
    assertThat(c.significant()).isFalse();
  }

  @Test
  void no_answers_on_either_side_is_no_change() {
    assertThat(Change.ofNps(Nps.NONE, Nps.ofCounts(1, 0, 0))).isNull();
    assertThat(Change.ofNps(Nps.ofCounts(1, 0, 0), Nps.NONE)).isNull();
    assertThat(Change.ofCsat(Csat.NONE, csat(1, 1))).isNull();
    assertThat(Change.ofCsat(csat(1, 1), Csat.NONE)).isNull();
  }

  @Test
  void without_spread_no_difference_is_z_zero_and_a_difference_is_infinite() {
    assertThat(Change.ofCsat(csat(5, 5), csat(9, 9)).z()).isZero();
    Change flip = Change.ofNps(Nps.ofCounts(1, 0, 0), Nps.ofCounts(0, 0, 1));
    assertThat(flip.z()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(flip.significant()).isTrue();
    assertThat(flip.smallSample()).as("one answer each: read with caution").isTrue();
  }
}
