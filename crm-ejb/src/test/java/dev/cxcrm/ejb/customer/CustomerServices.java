package dev.cxcrm.ejb.customer;

import static dev.cxcrm.ejb.shared.TestBeans.wire;

import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.TestBeans;
import dev.cxcrm.ejb.shared.idempotency.IdempotencyRepository;
import dev.cxcrm.ejb.shared.persistence.H2Jpa;

/** The customer service built by hand on a test database, as the container would build it. */
public final class CustomerServices {
  private CustomerServices() {}

  public static CustomerService on(H2Jpa db) {
    return wire(
        new CustomerService(),
        wire(new CustomerRepository(), db.em(), db.dataSource()),
        wire(new IdempotencyRepository(), db.em()),
        wire(new UserQueries(), db.em()),
        TestBeans.tokyo(),
        TestBeans.noEvents());
  }
}
