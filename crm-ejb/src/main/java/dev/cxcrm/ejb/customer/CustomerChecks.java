package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Forbidden;
import java.util.List;
import java.util.Map;

/**
 * What every record about a customer (an interaction, feedback, a purchase) checks of it: that the
 * customer exists and is not archived, and that the caller may change it (the one ownership policy:
 * an agent its own and unowned customers, managers and administrators all).
 */
public final class CustomerChecks {
  private CustomerChecks() {}

  public static void mayRecordFor(Actor actor, Long customerId, Map<Long, CustomerFacts> facts) {
    CustomerFacts c = customerId == null ? null : facts.get(customerId);
    if (c != null && !Ownership.mayChange(actor, c.owner())) {
      throw new Forbidden("Only the owner of this customer or a manager may record this.");
    }
  }

  public static void known(
      List<FieldError> errors, String field, Long customerId, Map<Long, CustomerFacts> facts) {
    if (customerId != null) {
      CustomerFacts c = facts.get(customerId);
      if (c == null || c.archived()) {
        errors.add(
            FieldError.of(field, "validation.unknownCustomer", "There is no such customer."));
      }
    }
  }
}
