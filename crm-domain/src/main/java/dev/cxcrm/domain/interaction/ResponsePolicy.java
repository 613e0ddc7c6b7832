package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The response standards of every channel with the business calendar, read once: a bulk import
 * computes a thousand deadlines from one of these instead of reading the tables a thousand times. A
 * channel without a stored standard falls back to its default.
 */
public final class ResponsePolicy {
  private final Map<Channel, ResponseStandard> standards;
  private final BusinessCalendar calendar;

  public ResponsePolicy(Collection<ResponseStandard> standards, BusinessCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar);
    this.standards = new EnumMap<>(ResponseStandard.defaults());
    standards.forEach(s -> this.standards.put(s.channel(), s));
  }

  public ResponseStandard standardFor(Channel channel) {
    return standards.get(channel);
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /** When a contact on {@code channel} received at {@code receivedAt} is due; empty if never. */
  public Optional<Instant> dueAt(Channel channel, Instant receivedAt) {
    return standardFor(Objects.requireNonNull(channel)).dueAt(calendar, receivedAt);
  }
}
