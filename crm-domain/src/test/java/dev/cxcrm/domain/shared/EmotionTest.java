package dev.cxcrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmotionTest {
  @Test
  void an_emotion_is_a_whole_number_from_minus_two_to_plus_two() {
    assertThat(new Emotion(-2).value()).isEqualTo(-2);
    assertThat(new Emotion(2).value()).isEqualTo(2);
    assertThat(Emotion.isOnScale(0)).isTrue();
    assertThat(Emotion.isOnScale(3)).isFalse();
    assertThatThrownBy(() -> new Emotion(-3)).isInstanceOf(IllegalArgumentException.class);
  }
}
