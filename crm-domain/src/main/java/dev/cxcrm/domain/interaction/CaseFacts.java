package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;
import java.util.Objects;

/**
 * What the case figures need to know about one case, as it stands now: when it was opened, when it
 * was resolved (null while it is not resolved, also after a reopen), whether that resolution was a
 * first-contact resolution, the channel of its first inbound interaction (null without one) and its
 * owner (null when unassigned).
 */
public record CaseFacts(
    Instant openedAt,
    Instant resolvedAt,
    boolean firstContactResolution,
    Channel channel,
    String owner) {
  public CaseFacts {
    Objects.requireNonNull(openedAt);
  }

  boolean openedIn(Instant from, Instant to) {
    return !openedAt.isBefore(from) && openedAt.isBefore(to);
  }

  boolean resolvedBefore(Instant to) {
    return resolvedAt != null && resolvedAt.isBefore(to);
  }

  boolean resolvedIn(Instant from, Instant to) {
    return resolvedAt != null && !resolvedAt.isBefore(from) && resolvedAt.isBefore(to);
  }
}
