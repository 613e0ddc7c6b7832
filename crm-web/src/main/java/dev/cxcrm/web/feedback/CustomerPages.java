package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.web.shared.QueryInput;

/** The query of a list of one customer's records: the customer (required) and a page size. */
final class CustomerPages {
  static final int PAGE_DEFAULT = 50;
  static final int PAGE_MAX = 200;

  private CustomerPages() {}

  record Request(CustomerId customer, int size) {}

  static Request read(String name, String customerId, String limit) {
    QueryInput in = new QueryInput();
    in.require(name, customerId);
    Long customer = in.id(name, customerId);
    int size = in.limit(limit, PAGE_DEFAULT, PAGE_MAX);
    in.done();
    return new Request(CustomerId.lookup(customer), size);
  }

  /** A path id that cannot exist names nothing: not found, like an unknown one. */
  static long positive(long id) {
    if (id <= 0) {
      throw new NotFound("Record " + id);
    }
    return id;
  }
}
