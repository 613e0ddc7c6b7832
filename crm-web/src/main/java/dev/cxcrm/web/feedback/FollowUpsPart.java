package dev.cxcrm.web.feedback;

import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.feedback.FollowUpItem;
import dev.cxcrm.ejb.feedback.FollowUpService;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
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

  private transient List<FollowUpItem> mine;
  private transient List<FollowUpItem> managers;
  private FollowUpItem chosen;
  private String action;
  private String outcome;

  public List<FollowUpItem> getMine() {
    if (mine == null) {
      mine = service.queue(FollowUpService.Scope.MINE, null, FollowUpService.PAGE_DEFAULT).items();
    }
    return mine;
  }

  /** Shown to managers and administrators only (the page asks currentActor). */
  public List<FollowUpItem> getManagers() {
    if (managers == null) {
      managers =
          service.queue(FollowUpService.Scope.MANAGERS, null, FollowUpService.PAGE_DEFAULT).items();
    }
    return managers;
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
      mine = null;
      managers = null;
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
