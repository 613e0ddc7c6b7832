package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.playbook.Assignment;
import dev.cxcrm.domain.playbook.Playbook;
import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.playbook.ProactiveChannel;
import dev.cxcrm.domain.playbook.StepRules;
import dev.cxcrm.domain.playbook.StepSchedule;
import dev.cxcrm.domain.playbook.Trigger;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.interaction.ResponseStandards;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planner's units of work, each in a transaction of its own: take and give back the lease, plan
 * one batch of customers for a window of due dates, and let one customer's open tasks follow a
 * change of its type or owner. {@link TaskPlanner} runs them; docs/decisions/0014 has the rules.
 */
@Stateless
@PermitAll
public class TaskPlanning {
  /** Customers read and planned per transaction. */
  static final int BATCH = 1000;

  @Inject TaskRepository tasks;
  @Inject PlaybookRepository playbooks;
  @Inject TimeSource time;
  @Inject ResponseStandards standards;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean lease(String holder, Duration forHowLong) {
    Instant now = time.now();
    return tasks.lease(holder, now.plus(forHowLong), now);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<LocalDate> plannedThrough() {
    return Optional.ofNullable(tasks.plannedThrough());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(String holder, LocalDate plannedThrough) {
    tasks.release(holder, plannedThrough);
  }

  /**
   * Plans the customers after {@code afterId} (one batch) for the due dates {@code from} to {@code
   * to}; returns the last customer id read, or empty when there were none left.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Long> planBatch(Long afterId, LocalDate from, LocalDate to) {
    Plan plan = plan();
    if (plan.steps.isEmpty()) {
      return Optional.empty();
    }
    List<Reach> batch = tasks.reachable(afterId, plan.steps.keySet(), BATCH);
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    write(plan, batch, from, to, false);
    return Optional.of(batch.get(batch.size() - 1).id());
  }

  /**
   * After a change of these customers (at most a thousand): open tasks of another type's steps are
   * cancelled (all of them when the customer allows no channel any more), the others go to whoever
   * the playbook names now on the channel the customer allows now, and the steps of their types due
   * from today to {@code to} are planned (a date coming up soon is due today, not missed).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void follow(List<CustomerId> customers, LocalDate to) {
    Plan plan = plan();
    List<Long> ids = customers.stream().map(CustomerId::value).distinct().toList();
    Map<Long, Reach> reached = new HashMap<>();
    tasks.reach(ids).forEach(r -> reached.put(r.id(), r));
    DailyHours open = standards.openHours();
    tasks.follow(
        ids.stream()
            .map(
                id -> {
                  Reach r = reached.get(id);
                  Channel channel = r == null ? null : channel(r, open).orElse(null);
                  return channel == null
                      ? new TaskRepository.Followed(id, null, null, null)
                      : new TaskRepository.Followed(id, r.type(), assignee(plan, r), channel);
                })
            .toList(),
        time.now());
    write(plan, List.copyOf(reached.values()), time.today(), to, true);
  }

  private void write(Plan plan, List<Reach> batch, LocalDate from, LocalDate to, boolean catchUp) {
    List<Long> ids = batch.stream().map(Reach::id).toList();
    DailyHours open = standards.openHours();
    var dates = tasks.importantDates(ids);
    var resolved =
        tasks.resolvedCases(
            ids,
            from.minusDays(StepRules.DAYS_MAX + 1L).atStartOfDay(time.zone()).toInstant(),
            time.zone());
    List<NewTask> rows = new ArrayList<>();
    for (Reach r : batch) {
      Optional<Channel> channel = channel(r, open);
      List<PlaybookStep> steps = plan.steps.getOrDefault(r.type(), List.of());
      if (channel.isEmpty() || steps.isEmpty()) {
        continue;
      }
      StepSchedule.Customer customer =
          new StepSchedule.Customer(
              r.since(),
              resolved.getOrDefault(r.id(), List.of()),
              dates.getOrDefault(r.id(), Map.of()));
      for (PlaybookStep step : steps) {
        // A date coming up within the step's lead is still worth a task, due at once.
        LocalDate start =
            catchUp && step.trigger() == Trigger.DAYS_BEFORE_DATE
                ? from.minusDays(step.amount())
                : from;
        for (var o : StepSchedule.occurrences(step.schedule(), customer, start, to)) {
          LocalDate due = o.dueOn().isBefore(from) ? from : o.dueOn();
          rows.add(
              new NewTask(
                  r.id(), step.id(), o.occurrence(), due, assignee(plan, r), channel.get()));
        }
      }
    }
    tasks.insert(rows, time.now());
  }

  private static Optional<Channel> channel(Reach r, DailyHours open) {
    return ProactiveChannel.choose(r.preferred(), r.consents(), r.contactHours(), open);
  }

  private static String assignee(Plan plan, Reach r) {
    return plan.assignments.get(r.type()) == Assignment.OWNER ? r.owner() : null;
  }

  /** The active steps by type and who each type's tasks go to, read once per unit of work. */
  private record Plan(
      Map<RelationshipType, List<PlaybookStep>> steps,
      Map<RelationshipType, Assignment> assignments) {}

  private Plan plan() {
    Map<RelationshipType, List<PlaybookStep>> steps = new EnumMap<>(RelationshipType.class);
    playbooks.steps().stream()
        .filter(PlaybookStep::active)
        .forEach(s -> steps.computeIfAbsent(s.relationshipType(), k -> new ArrayList<>()).add(s));
    Map<RelationshipType, Assignment> assignments = new EnumMap<>(RelationshipType.class);
    for (Playbook p : playbooks.playbooks()) {
      assignments.put(p.relationshipType(), p.assignment());
    }
    return new Plan(steps, assignments);
  }
}
