package dev.cxcrm.ejb.customer;

import static dev.cxcrm.ejb.shared.TestBeans.wire;

import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.idempotency.IdempotencyStore;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;

/** The customer service built by hand on a test database, as the container would build it. */
public final class CustomerServices {
  private CustomerServices() {}

  public static CustomerService on(H2Jpa db) {
    return wire(
        new CustomerService(),
        wire(new CustomerRepository(), db.em()),
        wire(new IdempotencyStore(), db.em()),
        wire(new CustomerBatchInsert(), db.dataSource()),
        TestBeans.tokyo(),
        db.em());
  }
}
