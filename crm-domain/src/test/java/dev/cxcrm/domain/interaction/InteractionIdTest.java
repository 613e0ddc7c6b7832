package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

class InteractionIdTest {
  @Test
  void an_interaction_id_is_positive() {
    assertThat(new InteractionId(1).value()).isEqualTo(1L);
    assertThat(new InteractionId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> new InteractionId(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InteractionId(-7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-7");
  }

  @Test
  void an_interaction_ids_of_the_same_number_are_equal_and_print_as_the_number() {
    assertThat(new InteractionId(42))
        .isEqualTo(new InteractionId(42))
        .isNotEqualTo(new InteractionId(43));
    assertThat(new InteractionId(42)).hasSameHashCodeAs(new InteractionId(42));
    assertThat("Interaction " + new InteractionId(42)).isEqualTo("Interaction 42");
  }

  @Test
  void an_interaction_id_a_client_asks_for_that_cannot_exist_is_not_found() {
    assertThat(InteractionId.lookup(5)).isEqualTo(new InteractionId(5));
    assertThatThrownBy(() -> InteractionId.lookup(0))
        .isInstanceOf(NotFound.class)
        .hasMessage("Interaction 0 was not found.");
    assertThatThrownBy(() -> InteractionId.lookup(-1))
        .isInstanceOf(NotFound.class)
        .hasMessage("Interaction -1 was not found.");
  }
}
