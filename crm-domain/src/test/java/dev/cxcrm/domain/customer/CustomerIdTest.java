package dev.cxcrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

class CustomerIdTest {
  @Test
  void a_customer_id_is_positive() {
    assertThat(new CustomerId(1).value()).isEqualTo(1L);
    assertThat(new CustomerId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> new CustomerId(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CustomerId(-7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-7");
  }

  @Test
  void a_customer_ids_of_the_same_number_are_equal_and_print_as_the_number() {
    assertThat(new CustomerId(42)).isEqualTo(new CustomerId(42)).isNotEqualTo(new CustomerId(43));
    assertThat(new CustomerId(42)).hasSameHashCodeAs(new CustomerId(42));
    assertThat("Customer " + new CustomerId(42)).isEqualTo("Customer 42");
  }

  @Test
  void a_customer_id_a_client_asks_for_that_cannot_exist_is_not_found() {
    assertThat(CustomerId.lookup(5)).isEqualTo(new CustomerId(5));
    assertThatThrownBy(() -> CustomerId.lookup(0))
        .isInstanceOf(NotFound.class)
        .hasMessage("Customer 0 was not found.");
    assertThatThrownBy(() -> CustomerId.lookup(-1))
        .isInstanceOf(NotFound.class)
        .hasMessage("Customer -1 was not found.");
  }
}
