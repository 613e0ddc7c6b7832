package dev.cxcrm.ejb.interaction;

import java.util.List;

/**
 * Contacts of these customers were logged or their answers settled again, in the current
 * transaction, after their rows were written: the contacts {@code contactIds}, or (null) any of the
 * customers' contacts (a contact moved into or out of a case settles them all again). Fired inside
 * the transaction, so an observer's writes (the metrics' contact rollup) commit or roll back with
 * the change.
 */
public record ContactsChanged(List<Long> customerIds, List<Long> contactIds) {
  public ContactsChanged {
    customerIds = List.copyOf(customerIds);
    contactIds = contactIds == null ? null : List.copyOf(contactIds);
  }

  /** Any contact of these customers may have changed. */
  public static ContactsChanged ofCustomers(List<Long> customerIds) {
    return new ContactsChanged(customerIds, null);
  }
}
