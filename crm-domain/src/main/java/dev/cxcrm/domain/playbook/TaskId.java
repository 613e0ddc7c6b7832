package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.NotFound;

/** Which task a call is about: its number, positive as the database numbers them. */
public record TaskId(long value) {
  public TaskId {
    if (value <= 0) {
      throw new IllegalArgumentException("A task id is positive: " + value);
    }
  }

  /** The id a client asked for; one that cannot exist is not found, like an unknown one. */
  public static TaskId lookup(long value) {
    if (value <= 0) {
      throw new NotFound("Task " + value);
    }
    return new TaskId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
