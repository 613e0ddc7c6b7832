package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.customer.CustomerId;
import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.InteractionDraftBuilder;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.playbook.ProactiveChannel;
import dev.cxcrm.domain.playbook.Task;
import dev.cxcrm.domain.playbook.TaskCursor;
import dev.cxcrm.domain.playbook.TaskId;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Ownership;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.customer.CustomerFacts;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proactive tasks: the caller's queue, the team's, a customer's; and doing one (logging the
 * proactive contact on the timeline), rescheduling or skipping it. Who may work on a task follows
 * the one ownership policy: its assignee, or for a team task whoever may change the customer.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class TaskService {
  public static final int PAGE_DEFAULT = 50;
  public static final int PAGE_MAX = 200;

  /** Whose queue: the caller's or the team's (tasks that nobody in particular owns). */
  public enum Scope {
    MINE,
    TEAM
  }

  @Resource SessionContext ctx;
  @Inject TaskRepository tasks;
  @Inject PlaybookRepository playbooks;
  @Inject CustomerQueries customers;
  @Inject InteractionService interactions;
  @Inject TimeSource time;
  @Inject TaskPlanner planner;

  /**
   * One page of a queue, earliest due first; {@code cursor} is the {@code next} of the page before.
   * An agent's team queue holds only the tasks it may do (of customers it owns or nobody owns), so
   * a page may hold fewer than {@code limit}; {@code next} still leads on.
   */
  public Page<TaskItem> queue(Scope scope, String cursor, int limit) {
    Actor actor = Callers.of(ctx);
    int n = limit <= 0 ? PAGE_DEFAULT : Math.min(limit, PAGE_MAX);
    TaskCursor after = cursor == null || cursor.isBlank() ? null : TaskCursor.decode(cursor);
    String who = scope == Scope.MINE ? actor.name() : null;
    Page<Task> page =
        Page.of(tasks.queue(who, after, n + 1), n, t -> new TaskCursor(t.dueOn(), t.id()).encode());
    if (scope == Scope.MINE || !Ownership.limitedToOwn(actor)) {
      return page.withItems(this::items);
    }
    Map<Long, CustomerFacts> owners =
        customers.facts(page.items().stream().map(Task::customerId).distinct().toList());
    return page.withItems(
        list ->
            items(
                list.stream()
                    .filter(
                        t ->
                            owners.containsKey(t.customerId())
                                && Ownership.mayChange(actor, owners.get(t.customerId()).owner()))
                    .toList()));
  }

  /** The customer's open tasks, earliest due first: the first is its next proactive step. */
  public List<TaskItem> forCustomer(CustomerId id) {
    facts(id.value());
    return items(tasks.openFor(id.value(), PAGE_MAX));
  }

  public TaskItem get(TaskId id) {
    return items(List.of(find(id))).get(0);
  }

  /** Done: logs the proactive contact on the customer's timeline and links it to the task. */
  public TaskItem done(TaskId id, int version, TaskDone how) {
    Actor actor = Callers.of(ctx);
    Task t = changeable(actor, id, version);
    PlaybookStep step = playbooks.find(t.stepId()).orElseThrow();
    var logged =
        interactions.log(
            InteractionDraftBuilder.builder()
                .customerId(t.customerId())
                .channel(how.channel() != null ? how.channel() : t.channel())
                .direction(Direction.OUTBOUND)
                .purpose(Purpose.PROACTIVE)
                .occurredAt(how.occurredAt() != null ? how.occurredAt() : time.now())
                .subject(step.nameJa())
                .summary(how.summary())
                .outcome(how.outcome())
                .build());
    t.done(logged.interaction().id(), actor.name(), time.now(), time.today());
    tasks.flush();
    return get(id);
  }

  /** Due on another day (today or later). */
  public TaskItem reschedule(TaskId id, int version, LocalDate to, String reason) {
    Task t = changeable(Callers.of(ctx), id, version);
    t.reschedule(to, reason, time.today());
    tasks.flush();
    return get(id);
  }

  /** Not done this time, for the reason given. */
  public TaskItem skip(TaskId id, int version, String reason) {
    Actor actor = Callers.of(ctx);
    Task t = changeable(actor, id, version);
    t.skip(reason, actor.name(), time.now(), time.today());
    tasks.flush();
    return get(id);
  }

  /**
   * Plans now what the hourly run would: the playbooks' tasks due up to {@value
   * TaskPlanner#HORIZON_DAYS} days ahead that are not planned yet. Returns the last day planned.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public LocalDate planNow() {
    return planner
        .run()
        .orElseThrow(() -> new Conflict("Tasks are being planned right now; try again shortly."));
  }

  private Task find(TaskId id) {
    return tasks.find(id.value()).orElseThrow(() -> new NotFound("Task " + id));
  }

  /**
   * The task read in {@code version}, when the caller may work on it: its assignee, a manager, or
   * for a team task whoever may change the customer.
   */
  private Task changeable(Actor actor, TaskId id, int version) {
    Task t = find(id);
    if (t.version() != version) {
      throw new StaleVersion();
    }
    boolean allowed =
        t.assignee() == null
            ? Ownership.mayChange(actor, facts(t.customerId()).owner())
            : Ownership.mayChange(actor, t.assignee());
    if (!allowed) {
      throw new Forbidden("Only the task's assignee or a manager may work on this task.");
    }
    return t;
  }

  private CustomerFacts facts(long customerId) {
    CustomerFacts c = customers.facts(List.of(customerId)).get(customerId);
    if (c == null || c.archived()) {
      throw new NotFound("Customer " + customerId);
    }
    return c;
  }

  private List<TaskItem> items(List<Task> list) {
    Map<Long, CustomerFacts> facts =
        customers.facts(list.stream().map(Task::customerId).distinct().toList());
    Map<Long, PlaybookStep> steps = new HashMap<>();
    playbooks.steps().forEach(s -> steps.put(s.id(), s));
    LocalDate today = time.today();
    LocalTime now = LocalTime.ofInstant(time.now(), time.zone());
    return list.stream()
        .map(
            t -> {
              CustomerFacts c = facts.get(t.customerId());
              DailyHours hours = c == null ? null : c.contactHours();
              return new TaskItem(
                  t,
                  c == null ? "" : c.name(),
                  steps.get(t.stepId()),
                  t.overdue(today),
                  hours,
                  ProactiveChannel.waits(t.channel(), hours, now));
            })
        .toList();
  }
}
