package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

class CaseIdTest {
  @Test
  void a_case_id_is_positive() {
    assertThat(new CaseId(1).value()).isEqualTo(1L);
    assertThat(new CaseId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> new CaseId(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseId(-7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-7");
  }

  @Test
  void a_case_ids_of_the_same_number_are_equal_and_print_as_the_number() {
    assertThat(new CaseId(42)).isEqualTo(new CaseId(42)).isNotEqualTo(new CaseId(43));
    assertThat(new CaseId(42)).hasSameHashCodeAs(new CaseId(42));
    assertThat("Case " + new CaseId(42)).isEqualTo("Case 42");
  }

  @Test
  void a_case_id_a_client_asks_for_that_cannot_exist_is_not_found() {
    assertThat(CaseId.lookup(5)).isEqualTo(new CaseId(5));
    assertThatThrownBy(() -> CaseId.lookup(0))
        .isInstanceOf(NotFound.class)
        .hasMessage("Case 0 was not found.");
    assertThatThrownBy(() -> CaseId.lookup(-1))
        .isInstanceOf(NotFound.class)
        .hasMessage("Case -1 was not found.");
  }
}
