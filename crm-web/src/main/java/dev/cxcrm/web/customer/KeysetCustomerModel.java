package dev.cxcrm.web.customer;

import dev.cxcrm.web.shared.KeysetModel;

/** The customer list paged by keyset (see KeysetModel), keyed by customer id. */
public class KeysetCustomerModel extends KeysetModel<CustomerRow> {
  private static final long serialVersionUID = 1L;

  /**
   * One page of the current search, from the service; the list page supplies it from its filters.
   */
  interface Source extends KeysetModel.Source<CustomerRow> {}

  KeysetCustomerModel(Source source) {
    super(source);
  }

  @Override
  protected long idOf(CustomerRow row) {
    return row.id();
  }
}
