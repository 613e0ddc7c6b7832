package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.NotFound;

/** The id of a piece of feedback: positive. */
public record FeedbackId(long value) {
  public FeedbackId {
    if (value <= 0) {
      throw new IllegalArgumentException("A feedback id is positive: " + value);
    }
  }

  /** The id a caller asked for; one that cannot exist is not found, like an unknown one. */
  public static FeedbackId lookup(long value) {
    if (value <= 0) {
      throw new NotFound("Feedback " + value);
    }
    return new FeedbackId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
