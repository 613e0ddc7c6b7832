package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpsTest {

  @Test
  void nps_is_promoters_minus_detractors_over_all_answers() {
    // 9, 10, 10, 9, 9 promoters (5); 7, 8, 8 passives (3); 0, 6 detractors (2): (5 - 2) * 100 / 10
    Nps nps = Nps.of(List.of(9, 10, 10, 9, 9, 7, 8, 8, 0, 6));
    assertThat(nps).isEqualTo(Nps.ofCounts(5, 3, 2));
    assertThat(nps.n()).isEqualTo(10);
    assertThat(nps.value()).isEqualTo(30.0);
  }

  @Test
  void no_answers_is_no_score_with_n_zero_not_zero() {
    Nps none = Nps.of(List.of());
    assertThat(none.n()).isZero();
    assertThat(none.value()).isNull();
    assertThat(none.interval()).isNull();
    assertThat(none.variance()).isNull();
    assertThat(none).isEqualTo(Nps.NONE);
  }

  @Test
  void nps_of_all_passives_is_zero_with_n() {
    Nps nps = Nps.of(List.of(7, 8, 7));
    assertThat(nps.value()).isZero();
    assertThat(nps.n()).isEqualTo(3);
  }

  @Test
  void one_answer_is_a_score_of_plus_or_minus_a_hundred_and_a_small_sample() {
    assertThat(Nps.of(List.of(10)).value()).isEqualTo(100.0);
    assertThat(Nps.of(List.of(0)).value()).isEqualTo(-100.0);
    assertThat(Nps.of(List.of(6)).smallSample()).isTrue();
  }

  @Test
  void the_groups_draw_their_lines_at_six_seven_eight_and_nine() {
    assertThat(Nps.of(List.of(6))).isEqualTo(Nps.ofCounts(0, 0, 1));
    assertThat(Nps.of(List.of(7))).isEqualTo(Nps.ofCounts(0, 1, 0));
    assertThat(Nps.of(List.of(8))).isEqualTo(Nps.ofCounts(0, 1, 0));
    assertThat(Nps.of(List.of(9))).isEqualTo(Nps.ofCounts(1, 0, 0));
  }

  @Test
  void thirty_answers_is_no_longer_a_small_sample() {
    assertThat(Nps.ofCounts(10, 10, 9).smallSample()).isTrue();
    assertThat(Nps.ofCounts(10, 10, 10).smallSample()).isFalse();
    assertThat(Sampled.SMALL_SAMPLE).isEqualTo(30);
  }

  @Test
  void the_interval_is_nps_plus_minus_1_96_standard_errors() {
    // p+ = 0.5, p- = 0.2, n = 10: variance = (0.5 + 0.2 - 0.3²) / 10 = 0.061 (share²),
    // standard error = sqrt(0.061) * 100 = 24.698 points, * 1.96 = 48.408: [-18.408, 78.408].
    Nps nps = Nps.ofCounts(5, 3, 2);
    assertThat(nps.variance()).isCloseTo(610.0, within(1e-9));
    assertThat(nps.interval().low()).isCloseTo(-18.4084, within(1e-4));
    assertThat(nps.interval().high()).isCloseTo(78.4084, within(1e-4));
  }

  @Test
  void the_interval_is_not_clipped_to_a_hundred() {
    // 3 promoters, 1 detractor: NPS 50, variance (1 - 0.25) / 4 = 0.1875, se 43.30, half 84.87.
    Interval i = Nps.ofCounts(3, 0, 1).interval();
    assertThat(i.high()).isCloseTo(134.8705, within(1e-4));
    assertThat(i.low()).isCloseTo(-34.8705, within(1e-4));
  }

  @Test
  void counts_of_two_samples_add_up() {
    assertThat(Nps.ofCounts(1, 2, 3).plus(Nps.ofCounts(4, 5, 6))).isEqualTo(Nps.ofCounts(5, 7, 9));
  }

  @Test
  void a_score_off_the_scale_is_refused_by_its_value() {
    assertThatThrownBy(() -> Nps.of(List.of(9, 11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11");
    assertThatThrownBy(() -> Nps.of(List.of(-1))).hasMessageContaining("-1");
    assertThatThrownBy(() -> Nps.ofCounts(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_large_sample_counts_every_answer() {
    Nps nps = Nps.of(Collections.nCopies(1000, 9));
    assertThat(nps.value()).isEqualTo(100.0);
    assertThat(nps.n()).isEqualTo(1000);
  }
}
