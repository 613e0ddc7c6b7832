package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.CursorText;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.LocalDate;

/**
 * Where the next page of a customer list starts: the sort, the last row's key and its id, in an
 * opaque URL-safe token. A token made for one sort is refused for another.
 */
public record CustomerCursor(CustomerSort sort, String key, long id) {
  private static final String VERSION = "c1";

  public static CustomerCursor after(CustomerSort sort, Customer last) {
    return new CustomerCursor(sort, sort.keyOf(last), last.id());
  }

  public String encode() {
    return CursorText.encode(VERSION, sort.name(), id, key);
  }

  public static CustomerCursor decode(String token, CustomerSort expected) {
    return CursorText.decode(
        token,
        VERSION,
        3,
        p -> {
          CustomerSort sort = CustomerSort.valueOf(p[0]);
          if (sort != expected) {
            throw InvalidInput.of(
                "cursor", "validation.cursorSort", "This cursor belongs to another sort order.");
          }
          CustomerCursor c = new CustomerCursor(sort, p[2], Long.parseLong(p[1]));
          c.typedKey();
          return c;
        });
  }

  /** The key in the type of its column, for the seek predicate. */
  public Object typedKey() {
    return switch (sort) {
      case NAME_ASC, NAME_DESC -> key;
      case SINCE_ASC, SINCE_DESC -> LocalDate.parse(key);
      case CREATED_ASC, CREATED_DESC -> Long.parseLong(key);
    };
  }
}
