package dev.cxcrm.web.customer;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerKind;
import dev.cxcrm.domain.customer.Lifecycle;
import dev.cxcrm.domain.shared.RelationshipType;
import java.io.Serializable;
import java.util.List;

/**
 * One line of the customer list: what the table shows, kept in the view state instead of the
 * entity.
 */
public record CustomerRow(
    long id,
    String name,
    String nameKana,
    CustomerKind kind,
    RelationshipType relationshipType,
    Lifecycle lifecycle,
    String owner,
    List<String> segments,
    String email,
    String phone)
    implements Serializable {

  static CustomerRow of(Customer c) {
    return new CustomerRow(
        c.id(),
        c.name(),
        c.nameKana(),
        c.kind(),
        c.relationshipType(),
        c.lifecycle(),
        c.owner(),
        List.copyOf(c.segments()),
        c.email(),
        c.phone());
  }
}
