package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.NotFound;

/**
 * Which logged contact a call is about: the interaction's number. Positive, as the database numbers
 * them; prints as the bare number, so that messages and logs read as they did when it was a {@code
 * long}.
 */
public record InteractionId(long value) {
  public InteractionId {
    if (value <= 0) {
      throw new IllegalArgumentException("An interaction id is positive: " + value);
    }
  }

  /**
   * The id a client asked for (a path or query parameter). One that cannot exist names no
   * interaction, so it is not found, exactly like an unknown one, rather than a malformed request.
   */
  public static InteractionId lookup(long value) {
    if (value <= 0) {
      throw new NotFound("Interaction " + value);
    }
    return new InteractionId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
