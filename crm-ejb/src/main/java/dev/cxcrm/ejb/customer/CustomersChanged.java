package dev.cxcrm.ejb.customer;

import java.util.List;

/**
 * Customers created or changed in the current transaction. Features that keep data in step with a
 * customer (the tasks of its playbook follow its type and owner) observe it after the commit.
 */
public record CustomersChanged(List<Long> ids) {
  public CustomersChanged {
    ids = List.copyOf(ids);
  }
}
