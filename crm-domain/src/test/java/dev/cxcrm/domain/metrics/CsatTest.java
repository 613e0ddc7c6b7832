package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsatTest {

  @Test
  void csat_is_the_share_of_four_and_five_on_a_five_point_scale_with_the_mean() {
    // 5, 4, 4, 3, 1: satisfied 3 of 5 = 60 %; mean 17 / 5 = 3.4.
    Csat csat = Csat.of(5, List.of(5, 4, 4, 3, 1));
    assertThat(csat.satisfied()).isEqualTo(3);
    assertThat(csat.n()).isEqualTo(5);
    assertThat(csat.percent()).isEqualTo(60.0);
    assertThat(csat.mean()).isEqualTo(3.4);
  }

  @Test
  void on_a_seven_point_scale_only_six_and_seven_are_satisfied() {
    // 7, 6, 5, 5: satisfied 2 of 4 = 50 %; mean 23 / 4 = 5.75.
    Csat csat = Csat.of(7, List.of(7, 6, 5, 5));
    assertThat(csat.percent()).isEqualTo(50.0);
    assertThat(csat.mean()).isEqualTo(5.75);
  }

  @Test
  void no_answers_is_no_score_and_no_interval_with_n_zero() {
    Csat none = Csat.of(5, List.of());
    assertThat(none.n()).isZero();
    assertThat(none.percent()).isNull();
    assertThat(none.mean()).isNull();
    assertThat(none.interval()).isNull();
    assertThat(none.means()).isEmpty();
    assertThat(Csat.NONE.percent()).isNull();
  }

  @Test
  void one_answer_is_a_small_sample_with_a_wide_interval() {
    // 1 of 1 satisfied: 100 %, Wilson [20.65 %, 100 %].
    Csat one = Csat.of(5, List.of(4));
    assertThat(one.percent()).isEqualTo(100.0);
    assertThat(one.smallSample()).isTrue();
    assertThat(one.interval().low()).isCloseTo(20.6543, within(1e-4));
  }

  @Test
  void the_interval_is_wilson_of_satisfied_of_n() {
    // 8 of 10 satisfied: [49.02 %, 94.33 %].
    Csat csat = Csat.of(5, List.of(5, 5, 5, 5, 4, 4, 4, 4, 2, 3));
    assertThat(csat.interval().low()).isCloseTo(49.0157, within(1e-2));
    assertThat(csat.interval().high()).isCloseTo(94.3319, within(1e-2));
  }

  @Test
  void mixed_scales_count_satisfied_each_on_its_scale_and_give_means_per_scale_only() {
    // 1–5: 5, 3 (1 satisfied, mean 4); 1–7: 6, 5, 7 (2 satisfied, mean 6): 3 of 5 = 60 %.
    Csat csat =
        Csat.ofAnswers(
            List.of(
                ScaledAnswer.on(5, 5),
                ScaledAnswer.on(5, 3),
                ScaledAnswer.on(7, 6),
                ScaledAnswer.on(7, 5),
                ScaledAnswer.on(7, 7)));
    assertThat(csat.percent()).isEqualTo(60.0);
    assertThat(csat.mean()).as("no mean across scales").isNull();
    assertThat(csat.means())
        .containsExactly(entry(AnswerScale.FIVE, 4.0), entry(AnswerScale.SEVEN, 6.0));
  }

  @Test
  void from_the_tallies_a_rollup_holds_it_is_the_same_as_from_the_answers() {
    // Two monthly rows on 1–5 (2 of 3 satisfied, sum 12; 1 of 2, sum 7) and one on 1–7.
    Csat rolled =
        Csat.ofTallies(
            List.of(
                new ScaleTally(AnswerScale.FIVE, 2, 3, 12),
                new ScaleTally(AnswerScale.FIVE, 1, 2, 7),
                new ScaleTally(AnswerScale.SEVEN, 1, 1, 7)));
    Csat raw =
        Csat.ofAnswers(
            List.of(
                ScaledAnswer.on(5, 4),
                ScaledAnswer.on(5, 5),
                ScaledAnswer.on(5, 3),
                ScaledAnswer.on(5, 5),
                ScaledAnswer.on(5, 2),
                ScaledAnswer.on(7, 7)));
    assertThat(rolled).isEqualTo(raw);
    assertThat(rolled.percent()).isCloseTo(4 * 100.0 / 6, within(1e-9));
  }

  @Test
  void a_score_off_its_scale_is_refused_by_its_value() {
    assertThatThrownBy(() -> Csat.of(5, List.of(4, 6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(": 6");
    assertThatThrownBy(() -> Csat.of(7, List.of(0))).hasMessageContaining(": 0");
    assertThatThrownBy(() -> Csat.of(10, List.of(8))).hasMessageContaining("10");
  }

  @Test
  void a_tally_that_cannot_come_from_answers_is_refused() {
    assertThatThrownBy(() -> new ScaleTally(AnswerScale.FIVE, 3, 2, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScaleTally(AnswerScale.FIVE, 1, 2, 11)).hasMessageContaining("11");
  }
}
