package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.ejb.customer.CustomersChanged;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Changing a customer's type or owner moves its open tasks, and a new customer's first steps are
 * planned at once: after the change is committed, a thousand customers per transaction (a bulk
 * upsert costs a few statements more, not a few per customer). A failure here leaves the customers'
 * change in place; the planner's next run plans what is missing.
 */
@ApplicationScoped
public class TasksFollowCustomers {
  private static final Logger LOG = Logger.getLogger(TasksFollowCustomers.class.getName());

  @Inject TaskPlanning planning;
  @Inject TimeSource time;

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomersChanged changed) {
    List<CustomerId> ids = changed.ids().stream().map(CustomerId::new).toList();
    for (int from = 0; from < ids.size(); from += TaskPlanning.BATCH) {
      List<CustomerId> chunk = ids.subList(from, Math.min(ids.size(), from + TaskPlanning.BATCH));
      try {
        planning.follow(chunk, time.today().plusDays(TaskPlanner.HORIZON_DAYS));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Moving the tasks of " + chunk.size() + " customers failed", e);
      }
    }
  }
}
