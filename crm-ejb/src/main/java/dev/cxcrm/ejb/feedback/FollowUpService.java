package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FollowUp;
import dev.cxcrm.domain.feedback.FollowUpCursor;
import dev.cxcrm.domain.feedback.FollowUpRule;
import dev.cxcrm.domain.feedback.FollowUpRules;
import dev.cxcrm.domain.feedback.FollowUpStatus;
import dev.cxcrm.domain.feedback.Recovery;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.ReportPeriod;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.customer.CustomerFacts;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed loop: an unhappy answer opens a follow-up at once for the customer's owner (the
 * managers' queue when it has none), due {@value FollowUpRule#BUSINESS_DAYS} business days after
 * the answer; the owner or a manager closes it with what was done and how it ended.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class FollowUpService {
  public static final int PAGE_MAX = 200;
  public static final int PAGE_DEFAULT = 50;

  /** Whose follow-ups a queue shows: the caller's, or the managers' (nobody's in particular). */
  public enum Scope {
    MINE,
    MANAGERS
  }

  @Resource SessionContext ctx;
  @Inject FollowUpRepository store;
  @Inject FeedbackRepository feedback;
  @Inject CustomerQueries customers;
  @Inject TimeSource time;
  @Inject Event<FollowUpsDone> done;

  /**
   * Open follow-ups, earliest due first; the managers' queue only for managers and administrators.
   */
  public Page<FollowUpItem> queue(Scope scope, String cursor, int limit) {
    Actor actor = Callers.of(ctx);
    if (scope == Scope.MANAGERS && Ownership.limitedToOwn(actor)) {
      throw new Forbidden("Only managers see the managers' queue.");
    }
    int n = limit <= 0 ? PAGE_DEFAULT : Math.min(limit, PAGE_MAX);
    FollowUpCursor after =
        cursor == null || cursor.isBlank() ? null : FollowUpCursor.decode(cursor);
    List<FollowUp> rows = store.queue(scope == Scope.MINE ? actor.name() : null, after, n);
    return Page.of(
        items(rows),
        n,
        last -> new FollowUpCursor(last.followUp().dueAt(), last.followUp().id()).encode());
  }

  public FollowUpItem get(long id) {
    return items(List.of(find(id))).get(0);
  }

  /** The follow-up a piece of feedback opened, if any. */
  public FollowUp ofFeedback(long feedbackId) {
    return store.ofFeedback(feedbackId).orElse(null);
  }

  /**
   * Closes the follow-up read in {@code version} with what was done and how it ended; its assignee,
   * or a manager or administrator (the managers' queue is theirs).
   */
  public FollowUpItem close(long id, int version, String action, String outcome) {
    Actor actor = Callers.of(ctx);
    FollowUp f = find(id);
    if (Ownership.limitedToOwn(actor) && !actor.name().equals(f.assignee())) {
      throw new Forbidden("Only the follow-up's assignee or a manager may close it.");
    }
    List<FieldError> errors = FollowUpRules.check(action, outcome);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (f.status() != FollowUpStatus.OPEN) {
      throw new Conflict("The follow-up is already closed.");
    }
    if (!store.close(id, version, action.strip(), outcome.strip(), actor.name(), time.now())) {
      throw new StaleVersion();
    }
    done.fire(new FollowUpsDone(List.of(id)));
    return get(id);
  }

  /**
   * The recovery rate of the unhappy answers given in the period whose follow-up was done ({@link
   * Recovery}); managers and administrators.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Recovery recovery(ReportPeriod period) {
    return Recovery.of(
        period, store.recoveryCases(period.start(time.zone()), period.end(time.zone())));
  }

  private FollowUp find(long id) {
    return store.find(id).orElseThrow(() -> new NotFound("Follow-up " + id));
  }

  private List<FollowUpItem> items(List<FollowUp> rows) {
    Map<Long, CustomerFacts> facts =
        customers.facts(rows.stream().map(FollowUp::customerId).distinct().toList());
    Map<Long, Feedback> answers = new HashMap<>();
    feedback
        .find(rows.stream().map(FollowUp::feedbackId).toList())
        .forEach(f -> answers.put(f.id(), f));
    return rows.stream()
        .map(
            f ->
                new FollowUpItem(
                    f,
                    facts.containsKey(f.customerId()) ? facts.get(f.customerId()).name() : "",
                    answers.get(f.feedbackId())))
        .toList();
  }
}
