package dev.cxcrm.web.interaction;

import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.ejb.interaction.DueItem;
import dev.cxcrm.ejb.interaction.DueScope;
import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The due queue page: mine or the team's, earliest deadline first, "more" appends. */
@Named("dueQueue")
@ViewScoped
public class DueQueuePage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @Inject InteractionService interactions;
  @Inject InteractionLabels labels;
  @Inject TimeSource time;

  private DueScope scope = DueScope.MINE;
  private final List<DueItem> items = new ArrayList<>();
  private String next;

  @PostConstruct
  void init() {
    reload();
  }

  public void reload() {
    items.clear();
    next = null;
    more();
  }

  public void more() {
    try {
      Page<DueItem> page = interactions.due(scope, items.isEmpty() ? null : next, PAGE);
      items.addAll(page.items());
      next = page.next();
    } catch (DomainException e) {
      labels.show(e, "due");
    }
  }

  public boolean isOverdue(DueItem item) {
    return time.now().isAfter(item.interaction().dueAt());
  }

  public Instant getNow() {
    return time.now();
  }

  public DueScope[] getScopes() {
    return DueScope.values();
  }

  public DueScope getScope() {
    return scope;
  }

  public void setScope(DueScope scope) {
    this.scope = scope == null ? DueScope.MINE : scope;
  }

  public List<DueItem> getItems() {
    return items;
  }

  public boolean isMoreAvailable() {
    return next != null;
  }
}
