package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.NotFound;

/**
 * Which service case a call is about: the case's number. Positive, as the database numbers them;
 * prints as the bare number, so that messages and logs read as they did when it was a {@code long}.
 */
public record CaseId(long value) {
  public CaseId {
    if (value <= 0) {
      throw new IllegalArgumentException("A case id is positive: " + value);
    }
  }

  /**
   * The id a client asked for (a path or query parameter). One that cannot exist names no case, so
   * it is not found, exactly like an unknown one, rather than a malformed request.
   */
  public static CaseId lookup(long value) {
    if (value <= 0) {
      throw new NotFound("Case " + value);
    }
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
