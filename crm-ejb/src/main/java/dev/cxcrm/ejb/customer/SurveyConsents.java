package dev.cxcrm.ejb.customer;

import dev.cxcrm.domain.customer.AuditEntry;
import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerDraft;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * A customer's own withdrawal of the survey consent, through the link in a survey mail (no one is
 * signed in): the consent as the customer form would change it, with its audit entry by {@code by}
 * and the event that moves the customer's open work.
 */
@ApplicationScoped
public class SurveyConsents {
  @Inject CustomerRepository customers;
  @Inject TimeSource time;
  @Inject Event<CustomersChanged> changed;

  /** Withdraws the survey consent; false when it was not given (nothing changes then). */
  public boolean withdraw(long customerId, String by) {
    Customer c = customers.find(customerId).orElse(null);
    if (c == null || !c.consent().choice().survey()) {
      return false;
    }
    ConsentChoice was = c.consent().choice();
    CustomerDraft d =
        c.toDraft().withConsent(new ConsentChoice(was.email(), false, was.phone(), was.sms()));
    Instant now = time.now();
    customers.record(new AuditEntry(c.id(), AuditEntry.Action.UPDATED, by, now, c.update(d, now)));
    changed.fire(new CustomersChanged(List.of(c.id())));
    return true;
  }
}
