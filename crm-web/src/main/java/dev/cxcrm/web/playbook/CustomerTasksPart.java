package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.playbook.TaskItem;
import dev.cxcrm.ejb.playbook.TaskService;
import dev.cxcrm.web.shared.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer page's next proactive step: the earliest open task of the customer's playbook, and
 * how many more are open. The customer is the page's {@code id} parameter.
 */
@Named("customerTasks")
@ViewScoped
public class CustomerTasksPart implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskService tasks;

  private transient List<TaskItem> open;
  private Long customerId;

  @PostConstruct
  void init() {
    customerId = PageParameters.id();
  }

  private List<TaskItem> open() {
    if (open == null) {
      try {
        open = customerId == null ? List.of() : tasks.forCustomer(new CustomerId(customerId));
      } catch (DomainException e) {
        open = List.of();
      }
    }
    return open;
  }

  public TaskItem getNext() {
    return open().isEmpty() ? null : open().get(0);
  }

  public int getMore() {
    return Math.max(0, open().size() - 1);
  }
}
