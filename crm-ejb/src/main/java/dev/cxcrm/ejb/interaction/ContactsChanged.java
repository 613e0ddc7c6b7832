package dev.cxcrm.ejb.interaction;

import java.util.List;

/**
 * The contacts of these customers were logged or their answers settled again (a contact moved into
 * or out of a case), in the current transaction, after their rows were written. Fired inside the
 * transaction, so an observer's writes (the metrics' contact rollup) commit or roll back with the
 * change.
 */
public record ContactsChanged(List<Long> customerIds) {
  public ContactsChanged {
    customerIds = List.copyOf(customerIds);
  }
}
