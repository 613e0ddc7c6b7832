package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.customer.Customer;
import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.journey.Funnel;
import dev.cxcrm.domain.journey.FunnelPeriod;
import dev.cxcrm.domain.journey.StageChange;
import dev.cxcrm.domain.journey.StageTrail;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.customer.CustomerService;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer journey: moving a customer to another stage (with its history: from, to, when, who)
 * and the funnel over a period. Everyone on the staff reads both; a stage move follows the rule of
 * every change to a customer (agents only for customers they own or that have no owner).
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class JourneyService {
  public static final int HISTORY_MAX = 500;

  @Resource SessionContext ctx;
  @Inject CustomerService customers;
  @Inject TimeSource time;
  @Inject Event<StageMoved> moved;

  @Inject StageChangeRepository changes;
  @Inject JourneyQueries queries;

  /**
   * Moves the customer to {@code to}, recording the change; a move to the stage it is at records
   * nothing. New customers start at AWARENESS without a change row: creation is their entry.
   */
  public StageMove moveStage(CustomerId customerId, JourneyStage to) {
    if (to == null) {
      throw InvalidInput.of("stage", "validation.required", "Required.");
    }
    Actor actor = Callers.of(ctx);
    Customer c = customers.get(customerId);
    Ownership.requireMayChange(actor, c.owner(), "customer");
    Instant now = time.now();
    JourneyStage from = c.moveTo(to, now);
    if (from == null) {
      return new StageMove(c, null);
    }
    StageChange change =
        StageTrail.of(c.id(), c.created().at(), changes.chain(c.id()))
            .move(from, to, now, actor.name());
    changes.add(change);
    customers.recordStageMove(c, actor.name(), now, from, to);
    try {
      changes.flush();
    } catch (OptimisticLockException e) {
      // Another move (or edit) of this customer won the race; its history link must stay a chain.
      throw new StaleVersion();
    }
    moved.fire(new StageMoved(c.id(), to));
    return new StageMove(c, change);
  }

  /** The customer's stage changes, newest first (at most {@value #HISTORY_MAX}). */
  public List<StageChange> history(CustomerId customerId) {
    customers.get(customerId);
    return changes.latest(customerId.value(), HISTORY_MAX);
  }

  /**
   * The funnel for the days {@code from} to {@code to} (defaults: the last 90 days), of the
   * customers with the segment label and relationship type when given.
   */
  public Funnel funnel(
      LocalDate from, LocalDate to, String segment, RelationshipType relationshipType) {
    FunnelPeriod period = FunnelPeriod.of(from, to, time.today());
    String label = segment == null || segment.isBlank() ? null : segment.strip();
    return Funnel.of(
        period,
        queries.funnel(
            label,
            relationshipType == null ? null : relationshipType.name(),
            period.start(time.zone()),
            period.end(time.zone()),
            time.now()));
  }
}
