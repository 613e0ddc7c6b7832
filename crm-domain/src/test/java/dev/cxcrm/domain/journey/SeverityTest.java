package dev.cxcrm.domain.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeverityTest {
  @Test
  void a_severity_is_one_to_five() {
    assertThat(new Severity(1).value()).isEqualTo(1);
    assertThat(new Severity(5).value()).isEqualTo(5);
    assertThat(Severity.isOnScale(0)).isFalse();
    assertThatThrownBy(() -> new Severity(6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_priority_score_refuses_a_severity_off_the_scale() {
    assertThatThrownBy(() -> PriorityScore.of(3, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 5");
  }
}
