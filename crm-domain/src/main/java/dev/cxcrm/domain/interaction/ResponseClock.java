package dev.cxcrm.domain.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The clock of one inbound contact that awaits an answer: started when it occurred, due at {@code
 * dueAt}, stopped by its answer. An answer exactly at the deadline is in time.
 */
public final class ResponseClock {
  private ResponseClock() {}

  /**
   * Whether the standard was broken: the answer came after the deadline, or there is no answer and
   * the deadline has passed. Null when there is no deadline (the channel needs no answer).
   */
  public static Boolean breached(Instant dueAt, Instant answeredAt, Instant now) {
    if (dueAt == null) {
      return null;
    }
    return answeredAt != null ? answeredAt.isAfter(dueAt) : now.isAfter(dueAt);
  }

  /** From the contact to its answer; empty while unanswered. */
  public static Optional<Duration> responseTime(Instant occurredAt, Instant answeredAt) {
    return answeredAt == null
        ? Optional.empty()
        : Optional.of(Duration.between(occurredAt, answeredAt));
  }

  /** Time left until the deadline; negative once it has passed. */
  public static Duration timeLeft(Instant dueAt, Instant now) {
    return Duration.between(now, dueAt);
  }
}
