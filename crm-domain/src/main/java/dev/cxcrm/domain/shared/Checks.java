package dev.cxcrm.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the broken rules of one input, each with its field: the checks every feature's rules
 * make (required, length, a whole number in a range, a time not ahead of now), written once.
 */
public final class Checks {
  /**
   * How far ahead of now a time pushed by another system may lie: the clocks of the systems that
   * push contacts and feedback are not exactly ours.
   */
  public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  private final List<FieldError> errors = new ArrayList<>();

  /** Whether the value is there; records {@code validation.required} when it is not. */
  public boolean required(String field, Object value) {
    if (value == null) {
      errors.add(FieldError.of(field, "validation.required", "Required."));
      return false;
    }
    return true;
  }

  /** At most {@code max} characters (code points, so a kanji or an emoji counts once). */
  public void length(String field, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      errors.add(FieldError.of(field, "validation.tooLong", "At most {0} characters.", max));
    }
  }

  /** A whole number from {@code min} to {@code max}, both included, when there is one. */
  public void range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      errors.add(
          FieldError.of(
              field, "validation.range", "Must be a whole number from {0} to {1}.", min, max));
    }
  }

  /** Not more than {@link #FUTURE_TOLERANCE} ahead of {@code now}, when there is a time. */
  public void notAhead(String field, Instant at, Instant now) {
    if (at != null && at.isAfter(now.plus(FUTURE_TOLERANCE))) {
      errors.add(
          FieldError.of(
              field,
              "validation.ahead",
              "Must not lie in the future (more than {0} minutes ahead).",
              FUTURE_TOLERANCE.toMinutes()));
    }
  }

  public void add(FieldError error) {
    errors.add(error);
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws {@link InvalidInput} with every broken rule, when there is one. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
