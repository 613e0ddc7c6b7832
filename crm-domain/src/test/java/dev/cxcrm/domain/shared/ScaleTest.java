package dev.cxcrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void nps_groups_are_zero_to_six_seven_to_eight_and_nine_to_ten() {
    assertThat(NpsScale.detractor(6)).isTrue();
    assertThat(NpsScale.detractor(7)).isFalse();
    assertThat(NpsScale.promoter(8)).isFalse();
    assertThat(NpsScale.promoter(9)).isTrue();
    assertThatThrownBy(() -> NpsScale.check(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11");
  }

  @Test
  void satisfied_is_the_top_two_points_and_low_effort_the_bottom_two_or_three() {
    assertThat(AnswerScale.FIVE.satisfied(3)).isFalse();
    assertThat(AnswerScale.FIVE.satisfied(4)).isTrue();
    assertThat(AnswerScale.SEVEN.satisfied(5)).isFalse();
    assertThat(AnswerScale.SEVEN.satisfied(6)).isTrue();
    assertThat(AnswerScale.FIVE.lowEffort(2)).isTrue();
    assertThat(AnswerScale.FIVE.lowEffort(3)).isFalse();
    assertThat(AnswerScale.SEVEN.lowEffort(3)).isTrue();
    assertThat(AnswerScale.SEVEN.lowEffort(4)).isFalse();
  }

  @Test
  void only_five_and_seven_point_scales_and_scores_on_them_are_accepted() {
    assertThat(AnswerScale.of(7)).isEqualTo(AnswerScale.SEVEN);
    assertThatThrownBy(() -> AnswerScale.of(10)).hasMessageContaining("10");
    assertThatThrownBy(() -> AnswerScale.FIVE.check(6)).hasMessageContaining(": 6");
    assertThatThrownBy(() -> AnswerScale.SEVEN.satisfied(0)).hasMessageContaining(": 0");
  }
}
