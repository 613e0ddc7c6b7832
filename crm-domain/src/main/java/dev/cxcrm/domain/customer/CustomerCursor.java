package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

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
    String raw = VERSION + "\n" + sort.name() + "\n" + id + "\n" + key;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static CustomerCursor decode(String token, CustomerSort expected) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] p = raw.split("\n", 4);
      if (p.length != 4 || !VERSION.equals(p[0])) {
        throw invalid();
      }
      CustomerSort sort = CustomerSort.valueOf(p[1]);
      if (sort != expected) {
        throw InvalidInput.of(
            "cursor", "validation.cursorSort", "This cursor belongs to another sort order.");
      }
      CustomerCursor c = new CustomerCursor(sort, p[3], Long.parseLong(p[2]));
      c.typedKey();
      return c;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw invalid();
    }
  }

  /** The key in the type of its column, for the seek predicate. */
  public Object typedKey() {
    return switch (sort) {
      case NAME_ASC, NAME_DESC -> key;
      case SINCE_ASC, SINCE_DESC -> LocalDate.parse(key);
      case CREATED_ASC, CREATED_DESC -> Long.parseLong(key);
    };
  }

  private static InvalidInput invalid() {
    return InvalidInput.of(
        "cursor", "validation.cursor", "The cursor is not valid; start again from the first page.");
  }
}
