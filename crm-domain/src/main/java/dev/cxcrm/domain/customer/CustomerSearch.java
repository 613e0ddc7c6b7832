package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.RelationshipType;
import java.util.Locale;

/**
 * What a customer list asks for: free text (name, kana, e-mail, phone or external id), filters, an
 * order and the page size. Empty filters mean "any".
 */
public record CustomerSearch(
    String text,
    RelationshipType relationshipType,
    Lifecycle lifecycle,
    String segment,
    String owner,
    CustomerSort sort,
    int limit) {
  public static final int MAX_LIMIT = 200;
  public static final int DEFAULT_LIMIT = 50;

  public CustomerSearch {
    text = Text.clean(text);
    segment = Text.clean(segment);
    owner = Text.clean(owner);
    sort = sort == null ? CustomerSort.NAME_ASC : sort;
    limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
  }

  public static CustomerSearch all() {
    return new CustomerSearch(null, null, null, null, null, null, DEFAULT_LIMIT);
  }

  /**
   * The substring the search text must contain. A query that is a phone number (digits with
   * separators) is reduced to its digits, since phone numbers are indexed as digits only.
   */
  public String searchTerm() {
    if (text == null) {
      return null;
    }
    if (text.matches("^\\+?[0-9０-９()（）\\-‐－ ]+$") && Text.digits(text).length() >= 3) {
      return Text.digits(text);
    }
    return Text.fold(text).toLowerCase(Locale.ROOT);
  }
}
