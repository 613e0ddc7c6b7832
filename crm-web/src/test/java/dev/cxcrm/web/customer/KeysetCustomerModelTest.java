package dev.cxcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.web.shared.KeysetModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetCustomerModelTest {
  /**
   * 60 customers served like the service does: from a cursor (here the last id), never an offset.
   */
  private final List<String> cursorsAsked = new ArrayList<>();

  private final List<CustomerRow> all =
      IntStream.rangeClosed(1, 60).mapToObj(KeysetCustomerModelTest::row).toList();
  private final KeysetModel<CustomerRow> model =
      new KeysetModel<>(
          (pageSize, cursor) -> {
            cursorsAsked.add(cursor);
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            List<CustomerRow> items = all.subList(from, Math.min(all.size(), from + pageSize));
            boolean more = from + pageSize < all.size();
            return new Page<>(items, more ? String.valueOf(from + pageSize) : null);
          },
          CustomerRow::id);

  @Test
  void the_first_page_announces_one_more_page_when_there_is_a_next_one() {
    List<CustomerRow> page = model.load(0, 25, Map.of(), Map.of());

    assertThat(page).extracting(CustomerRow::id).startsWith(1L).endsWith(25L);
    assertThat(model.getRowCount()).isEqualTo(50);
    assertThat(cursorsAsked).containsExactly((String) null);
  }

  @Test
  void next_pages_are_read_with_the_cursor_of_the_page_before_and_the_last_page_closes_the_count() {
    model.load(0, 25, Map.of(), Map.of());
    model.load(25, 25, Map.of(), Map.of());
    List<CustomerRow> last = model.load(50, 25, Map.of(), Map.of());

    assertThat(last)
        .extracting(CustomerRow::id)
        .containsExactly(51L, 52L, 53L, 54L, 55L, 56L, 57L, 58L, 59L, 60L);
    assertThat(model.getRowCount()).isEqualTo(60);
    assertThat(cursorsAsked).containsExactly(null, "25", "50");
  }

  @Test
  void going_back_uses_the_kept_cursor_and_keeps_what_was_seen() {
    model.load(0, 25, Map.of(), Map.of());
    model.load(25, 25, Map.of(), Map.of());
    List<CustomerRow> back = model.load(0, 25, Map.of(), Map.of());

    assertThat(back.get(0).id()).isEqualTo(1L);
    assertThat(model.getRowCount()).isEqualTo(75);
    assertThat(cursorsAsked).containsExactly(null, "25", null);
  }

  @Test
  void a_smaller_page_size_starts_where_the_user_was() {
    model.load(0, 50, Map.of(), Map.of());
    List<CustomerRow> page = model.load(50, 25, Map.of(), Map.of());

    assertThat(page.get(0).id()).isEqualTo(51L);
    assertThat(cursorsAsked).containsExactly(null, "50");
  }

  @Test
  void reset_forgets_the_cursors_after_a_filter_change() {
    model.load(0, 25, Map.of(), Map.of());
    model.reset();

    assertThat(model.getRowCount()).isZero();
    List<CustomerRow> page = model.load(25, 25, Map.of(), Map.of());
    assertThat(page.get(0).id()).isEqualTo(1L);
    assertThat(cursorsAsked).containsExactly(null, null);
  }

  private static CustomerRow row(int id) {
    return new CustomerRow(
        id,
        "顧客" + id,
        null,
        CustomerKind.PERSON,
        RelationshipType.PERSONAL_ASSISTANCE,
        Lifecycle.ACTIVE,
        null,
        List.of(),
        null,
        null);
  }
}
