package dev.cxcrm.web.playbook;

import dev.cxcrm.domain.playbook.TaskId;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.DomainException;
import dev.cxcrm.ejb.interaction.DueItem;
import dev.cxcrm.ejb.interaction.DueScope;
import dev.cxcrm.ejb.interaction.InteractionService;
import dev.cxcrm.ejb.playbook.TaskDone;
import dev.cxcrm.ejb.playbook.TaskItem;
import dev.cxcrm.ejb.playbook.TaskService;
import dev.cxcrm.ejb.shared.TimeSource;
import dev.cxcrm.web.interaction.QuickLog;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/**
 * The agent's day: what is due to answer (reactive, by deadline) and what is due to do (proactive
 * tasks of the agent and of the team, by date), and the form that does, reschedules or skips the
 * chosen task.
 */
@Named("myDay")
@ViewScoped
public class MyDayPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int ANSWERS = 20;
  static final int TASKS = 50;

  @Inject InteractionService interactions;
  @Inject TaskService tasks;
  @Inject PlaybookText text;
  @Inject TimeSource time;

  private final List<DueItem> answers = new ArrayList<>();
  private final List<TaskItem> todo = new ArrayList<>();
  private TaskItem chosen;

  /** The contact that does the chosen task: its channel, what was said and the outcome. */
  private QuickLog contact = new QuickLog();

  private LocalDate dueOn;
  private String reason;

  @PostConstruct
  void init() {
    reload();
  }

  public void reload() {
    answers.clear();
    todo.clear();
    try {
      answers.addAll(interactions.due(DueScope.MINE, null, ANSWERS).items());
      todo.addAll(tasks.queue(TaskService.Scope.MINE, null, TASKS).items());
      todo.addAll(tasks.queue(TaskService.Scope.TEAM, null, TASKS).items());
      todo.sort(
          Comparator.comparing((TaskItem i) -> i.task().dueOn()).thenComparing(i -> i.task().id()));
    } catch (DomainException e) {
      text.show(e, "day");
    }
  }

  /** Opens the form for a task: its channel, due day, nothing typed yet. */
  public void choose(TaskItem item) {
    chosen = item;
    contact = new QuickLog();
    contact.setChannel(item.task().channel());
    reason = null;
    dueOn = time.today().plusDays(7);
    PrimeFaces.current().focus("task:outcome");
  }

  public void cancel() {
    chosen = null;
  }

  public void done() {
    act(
        () ->
            tasks.done(
                id(),
                chosen.task().version(),
                new TaskDone(
                    contact.getChannel(), null, contact.getSummary(), contact.getOutcome())),
        "day.done");
  }

  public void reschedule() {
    act(() -> tasks.reschedule(id(), chosen.task().version(), dueOn, reason), "day.rescheduled");
  }

  public void skip() {
    act(() -> tasks.skip(id(), chosen.task().version(), reason), "day.skipped");
  }

  private void act(Supplier<TaskItem> change, String message) {
    try {
      TaskItem after = change.get();
      text.info(message, after.step().name(text.locale()), after.customerName());
      chosen = null;
      reload();
    } catch (DomainException e) {
      text.show(e, "task");
    }
  }

  private TaskId id() {
    return new TaskId(chosen.task().id());
  }

  public boolean isOverdue(DueItem item) {
    return time.now().isAfter(item.interaction().dueAt());
  }

  /** Due today or before: what the day holds; later ones are coming up. */
  public boolean isDue(TaskItem item) {
    return !item.task().dueOn().isAfter(time.today());
  }

  public Instant getNow() {
    return time.now();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public List<DueItem> getAnswers() {
    return answers;
  }

  public List<TaskItem> getTodo() {
    return todo;
  }

  public TaskItem getChosen() {
    return chosen;
  }

  public QuickLog getContact() {
    return contact;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
