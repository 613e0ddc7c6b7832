package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the answer to an inbound contact is due, by the channel's response standard. The one place
 * interactions ask; the standards feature owns how it is computed.
 */
@ApplicationScoped
public class ResponseDeadlines {

  /**
   * The deadline for answering a contact on {@code channel} received at {@code receivedAt}; empty
   * when the channel needs no answer (in person).
   */
  public Optional<Instant> dueAt(Channel channel, Instant receivedAt) {
    return switch (channel) {
      case IN_PERSON -> Optional.empty();
      case SMS -> Optional.of(receivedAt.plus(Duration.ofHours(2)));
      case SOCIAL -> Optional.of(receivedAt.plus(Duration.ofHours(4)));
      default -> Optional.of(receivedAt.plus(Duration.ofHours(24)));
    };
  }
}
