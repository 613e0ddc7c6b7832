package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.NotFound;

/** Which step a call is about: its number, positive as the database numbers them. */
public record PlaybookStepId(long value) {
  public PlaybookStepId {
    if (value <= 0) {
      throw new IllegalArgumentException("A step id is positive: " + value);
    }
  }

  /** The id a client asked for; one that cannot exist is not found, like an unknown one. */
  public static PlaybookStepId lookup(long value) {
    if (value <= 0) {
      throw new NotFound("Step " + value);
    }
    return new PlaybookStepId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
