package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.feedback.Recovery;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.feedback.FollowUpItem;
import dev.cxcrm.ejb.feedback.FollowUpService;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The due queue's follow-ups of unhappy answers: the caller's, and for managers the managers' queue
 * (customers without an owner); choosing one opens a form to close it with what was done and how it
 * ended.
 */
@Named("followUps")
@ViewScoped
public class FollowUpsPart implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FollowUpService service;
  @Inject FeedbackText text;
  @Inject TimeSource time;

  /** Each queue's rows loaded so far and where its next page starts (null: no more). */
  private transient Map<FollowUpService.Scope, List<FollowUpItem>> rows;

  private final Map<FollowUpService.Scope, String> next =
      new EnumMap<>(FollowUpService.Scope.class);
  private transient FollowUpItem chosen;
  private transient Recovery recovery;
  private String action;
  private String outcome;

  public List<FollowUpItem> getMine() {
    return rows(FollowUpService.Scope.MINE);
  }

  /** Shown to managers and administrators only (the page asks currentActor). */
  public List<FollowUpItem> getManagers() {
    return rows(FollowUpService.Scope.MANAGERS);
  }

  private List<FollowUpItem> rows(FollowUpService.Scope scope) {
    if (rows == null) {
      rows = new EnumMap<>(FollowUpService.Scope.class);
      next.clear();
    }
    return rows.computeIfAbsent(scope, s -> load(s, null));
  }

  private List<FollowUpItem> load(FollowUpService.Scope scope, String cursor) {
    var page = service.queue(scope, cursor, FollowUpService.PAGE_DEFAULT);
    next.put(scope, page.next());
    return new ArrayList<>(page.items());
  }

  /** The next page of the queue named {@code scope} (MINE or MANAGERS). */
  public void more(String scope) {
    FollowUpService.Scope s = FollowUpService.Scope.valueOf(scope);
    List<FollowUpItem> list = rows(s);
    String cursor = next.get(s);
    if (cursor != null) {
      list.addAll(load(s, cursor));
    }
  }

  public boolean hasMore(String scope) {
    return next.get(FollowUpService.Scope.valueOf(scope)) != null;
  }

  /** The last 90 days' recovery rate, for managers (the page asks currentActor). */
  public Recovery getRecovery() {
    if (recovery == null) {
      recovery = service.recovery(Recovery.PERIOD.period(null, null, time.today()));
    }
    return recovery;
  }

  public void choose(FollowUpItem item) {
    chosen = item;
    action = null;
    outcome = null;
    PrimeFaces.current().focus("followUp:action");
  }

  public void close() {
    try {
      service.close(chosen.followUp().id(), chosen.followUp().version(), action, outcome);
      text.info("followUp.closed", chosen.customerName());
      chosen = null;
      rows = null;
    } catch (DomainException e) {
      text.show(e, "followUp");
    }
  }

  public void cancel() {
    chosen = null;
  }

  public boolean isOverdue(FollowUpItem item) {
    return item.followUp().overdue(getNow());
  }

  public Instant getNow() {
    return time.now();
  }

  public FollowUpItem getChosen() {
    return chosen;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
