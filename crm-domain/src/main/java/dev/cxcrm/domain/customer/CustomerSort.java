package dev.cxcrm.domain.customer;

/**
 * The orders a customer list can have. Each is a (key, id) pair with an index, so that a page is
 * found by seeking after the previous page's last row instead of counting past an offset.
 */
public enum CustomerSort {
  NAME_ASC("sort_key", false),
  NAME_DESC("sort_key", true),
  SINCE_ASC("customer_since", false),
  SINCE_DESC("customer_since", true),
  CREATED_ASC("id", false),
  CREATED_DESC("id", true);

  private final String column;
  private final boolean descending;

  CustomerSort(String column, boolean descending) {
    this.column = column;
    this.descending = descending;
  }

  public String column() {
    return column;
  }

  public boolean descending() {
    return descending;
  }

  /** The key of this order in a customer, as text for the cursor. */
  public String keyOf(Customer c) {
    return switch (this) {
      case NAME_ASC, NAME_DESC -> c.sortKey();
      case SINCE_ASC, SINCE_DESC -> c.customerSince().toString();
      case CREATED_ASC, CREATED_DESC -> String.valueOf(c.id());
    };
  }
}
