package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;
import java.util.Objects;

/**
 * One inbound contact with a deadline, as compliance figures count it. {@code agent} is the
 * responsible user: the contact's agent, or when it has none the customer's owner (null when
 * neither is known).
 */
public record ResponseSample(
    Channel channel, String agent, Instant occurredAt, Instant dueAt, Instant answeredAt) {
  public ResponseSample {
    Objects.requireNonNull(channel);
    Objects.requireNonNull(occurredAt);
    Objects.requireNonNull(dueAt);
  }
}
