package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void wilson_of_8_of_10_matches_the_known_interval() {
    // p = 0.8, z² = 3.8416, 1 + z²/n = 1.38416; centre (0.8 + 0.19208) / 1.38416 = 0.716738;
    // half 1.96 * sqrt(0.016 + 0.009604) / 1.38416 = 0.226580: [0.490157, 0.943319].
    Interval i = Interval.wilson(8, 10);
    assertThat(i.low()).isCloseTo(49.0157, within(1e-2));
    assertThat(i.high()).isCloseTo(94.3319, within(1e-2));
    assertThat(i.low() / 100).isCloseTo(0.4902, within(1e-4));
    assertThat(i.high() / 100).isCloseTo(0.9433, within(1e-4));
  }

  @Test
  void wilson_is_wide_but_not_a_point_for_none_or_all_of_a_tiny_sample() {
    // 0 of 5: [0, z²/(n + z²)] = [0, 3.8416 / 8.8416] = [0, 43.45 %].
    assertThat(Interval.wilson(0, 5).low()).isZero();
    assertThat(Interval.wilson(0, 5).high()).isCloseTo(43.4491, within(1e-4));
    // 1 of 1: [1 / (1 + 3.8416), 1] = [20.65 %, 100 %].
    assertThat(Interval.wilson(1, 1).low()).isCloseTo(20.6543, within(1e-4));
    assertThat(Interval.wilson(1, 1).high()).isEqualTo(100.0);
  }

  @Test
  void wilson_of_no_answers_is_no_interval() {
    assertThat(Interval.wilson(0, 0)).isNull();
  }

  @Test
  void an_interval_whose_low_is_above_its_high_is_refused() {
    assertThatThrownBy(() -> new Interval(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.wilson(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
