package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cxcrm.domain.shared.AnswerScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class CesTest {

  @Test
  void ces_is_the_mean_where_lower_is_less_effort_and_the_share_of_one_and_two() {
    // 1, 2, 2, 4, 5 on 1–5: low effort 3 of 5 = 60 %; mean 14 / 5 = 2.8.
    Ces ces = Ces.of(5, List.of(1, 2, 2, 4, 5));
    assertThat(ces.lowEffort()).isEqualTo(3);
    assertThat(ces.lowEffortPercent()).isEqualTo(60.0);
    assertThat(ces.mean()).isEqualTo(2.8);
    assertThat(ces.n()).isEqualTo(5);
  }

  @Test
  void on_a_seven_point_scale_one_to_three_is_low_effort() {
    // 3, 4 on 1–7: 1 of 2 = 50 %; mean 3.5.
    Ces ces = Ces.of(7, List.of(3, 4));
    assertThat(ces.lowEffortPercent()).isEqualTo(50.0);
    assertThat(ces.mean()).isEqualTo(3.5);
  }

  @Test
  void no_answers_is_no_score_with_n_zero() {
    assertThat(Ces.NONE.n()).isZero();
    assertThat(Ces.NONE.mean()).isNull();
    assertThat(Ces.NONE.lowEffortPercent()).isNull();
  }

  @Test
  void mixed_scales_give_the_share_but_means_per_scale_only() {
    // 1–5: 2 (low); 1–7: 3 (low), 6: 2 of 3 = 66.7 %.
    Ces ces =
        Ces.ofAnswers(List.of(ScaledAnswer.on(5, 2), ScaledAnswer.on(7, 3), ScaledAnswer.on(7, 6)));
    assertThat(ces.lowEffortPercent()).isEqualTo(200.0 / 3);
    assertThat(ces.mean()).isNull();
    assertThat(ces.means())
        .containsExactly(entry(AnswerScale.FIVE, 2.0), entry(AnswerScale.SEVEN, 4.5));
  }

  @Test
  void from_the_tallies_a_rollup_holds() {
    Ces ces = Ces.ofTallies(List.of(new ScaleTally(AnswerScale.FIVE, 4, 10, 27)));
    assertThat(ces).isEqualTo(Ces.of(5, List.of(1, 1, 2, 2, 3, 3, 3, 4, 4, 4)));
    assertThat(ces.mean()).isEqualTo(2.7);
    assertThat(ces.lowEffortPercent()).isEqualTo(40.0);
  }
}
