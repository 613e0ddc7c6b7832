package dev.cxcrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerCursorAndSearchTest {
  @Test
  void a_cursor_survives_the_round_trip_with_any_text_in_its_key() {
    CustomerCursor c = new CustomerCursor(CustomerSort.NAME_ASC, "スズモリ\nハナコ|x", 42);
    CustomerCursor back = CustomerCursor.decode(c.encode(), CustomerSort.NAME_ASC);
    assertThat(back).isEqualTo(c);
    assertThat(c.encode()).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void a_date_cursor_carries_a_typed_key() {
    CustomerCursor c = new CustomerCursor(CustomerSort.SINCE_DESC, "2021-03-04", 7);
    assertThat(CustomerCursor.decode(c.encode(), CustomerSort.SINCE_DESC).typedKey())
        .isEqualTo(LocalDate.of(2021, 3, 4));
  }

  @Test
  void a_cursor_is_refused_for_another_sort_or_when_tampered_with() {
    String token = new CustomerCursor(CustomerSort.NAME_ASC, "ア", 1).encode();
    assertThatThrownBy(() -> CustomerCursor.decode(token, CustomerSort.CREATED_DESC))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> CustomerCursor.decode("!!notbase64", CustomerSort.NAME_ASC))
        .isInstanceOf(InvalidInput.class);
    String badDate = new CustomerCursor(CustomerSort.SINCE_ASC, "yesterday", 1).encode();
    assertThatThrownBy(() -> CustomerCursor.decode(badDate, CustomerSort.SINCE_ASC))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("cursor"));
  }

  @Test
  void a_phone_query_is_reduced_to_digits_and_text_is_folded_to_katakana() {
    assertThat(search("03-1234").searchTerm()).isEqualTo("031234");
    assertThat(search("すずもり").searchTerm()).isEqualTo("スズモリ");
    assertThat(search("Hanako@EXAMPLE").searchTerm()).isEqualTo("hanako@example");
    assertThat(search("ｽｽﾞﾓﾘ").searchTerm()).isEqualTo("スズモリ");
    assertThat(search("  ").searchTerm()).isNull();
  }

  @Test
  void the_page_size_is_bounded() {
    assertThat(new CustomerSearch(null, null, null, null, null, null, 0).limit()).isEqualTo(50);
    assertThat(new CustomerSearch(null, null, null, null, null, null, 10_000).limit())
        .isEqualTo(200);
  }

  private static CustomerSearch search(String text) {
    return new CustomerSearch(text, null, null, null, null, null, 50);
  }
}
