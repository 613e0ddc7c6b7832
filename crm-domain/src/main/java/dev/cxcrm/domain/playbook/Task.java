package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A proactive step due for one customer, in its owner's or the team's queue. Made by the planner
 * (written with SQL, one row per step, customer and occurrence), read and changed through JPA: done
 * when the proactive contact is logged, rescheduled, or skipped with a reason.
 */
@Entity
@Table(name = "task")
public class Task extends Versioned {
  public static final int REASON_MAX = 500;

  @Id private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "step_id", nullable = false)
  private long stepId;

  @Column(nullable = false)
  private LocalDate occurrence;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  /** When the task was first due; a reschedule moves {@code dueOn}, never this. */
  @Column(name = "planned_on", nullable = false, updatable = false)
  private LocalDate plannedOn;

  @Column(length = 100)
  private String assignee;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TaskStatus status;

  @Column(name = "interaction_id")
  private Long interactionId;

  @Column(length = 500)
  private String reason;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  /** The business day it was closed on: done by {@code plannedOn} is on time. */
  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Task() {}

  /** Done: the proactive contact {@code interactionId} was logged for it. */
  public void done(long interactionId, String by, Instant now, LocalDate today) {
    requireOpen();
    this.interactionId = interactionId;
    close(TaskStatus.DONE, by, now, today);
  }

  /** Due on another day, today or later; the reason is kept when given. */
  public void reschedule(LocalDate to, String why, LocalDate today) {
    requireOpen();
    if (to == null) {
      throw InvalidInput.of("dueOn", "validation.required", "Required.");
    }
    if (to.isBefore(today)) {
      throw InvalidInput.of(
          "dueOn", "playbook.validation.dueInThePast", "Must be today or a later day.");
    }
    this.reason = reasonText(why, false);
    this.dueOn = to;
  }

  /** Not done this time, for a reason the agent gives. */
  public void skip(String why, String by, Instant now, LocalDate today) {
    requireOpen();
    this.reason = reasonText(why, true);
    close(TaskStatus.SKIPPED, by, now, today);
  }

  private void close(TaskStatus to, String by, Instant now, LocalDate today) {
    this.status = to;
    this.closedBy = by;
    this.closedAt = now;
    this.closedOn = today;
  }

  /** Done by the day it was first due. */
  public boolean onTime() {
    return status == TaskStatus.DONE && !closedOn.isAfter(plannedOn);
  }

  private void requireOpen() {
    if (status != TaskStatus.OPEN) {
      throw new Conflict("This task is " + status.name().toLowerCase() + " and cannot change.");
    }
  }

  private static String reasonText(String why, boolean required) {
    String t = why == null ? null : why.strip();
    if (t == null || t.isEmpty()) {
      if (required) {
        throw InvalidInput.of("reason", "validation.required", "Required.");
      }
      return null;
    }
    if (t.codePointCount(0, t.length()) > REASON_MAX) {
      throw InvalidInput.of("reason", "validation.tooLong", "At most {0} characters.", REASON_MAX);
    }
    return t;
  }

  /** Open and due before {@code today}. */
  public boolean overdue(LocalDate today) {
    return status == TaskStatus.OPEN && dueOn.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public long stepId() {
    return stepId;
  }

  public LocalDate occurrence() {
    return occurrence;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String assignee() {
    return assignee;
  }

  public Channel channel() {
    return channel;
  }

  public TaskStatus status() {
    return status;
  }

  public Long interactionId() {
    return interactionId;
  }

  public String reason() {
    return reason;
  }

  public LocalDate plannedOn() {
    return plannedOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
