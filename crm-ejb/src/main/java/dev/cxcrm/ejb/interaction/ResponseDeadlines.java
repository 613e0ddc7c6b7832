package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.ResponsePolicy;
import dev.cxcrm.domain.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * When the answer to an inbound contact is due, by the channel's response standard. The one place
 * interactions ask; the standards feature owns how it is computed. Nothing is cached here: the
 * standards and the calendar are read from the database on every call, because several servers
 * share it. A caller that needs many deadlines at once (a bulk import) takes one {@link #policy()}
 * and asks it for each.
 */
@ApplicationScoped
public class ResponseDeadlines {
  @Inject ResponseStandardRepository repository;

  /**
   * The deadline for answering a contact on {@code channel} received at {@code receivedAt}; empty
   * when the channel needs no answer (in person).
   */
  public Optional<Instant> dueAt(Channel channel, Instant receivedAt) {
    return policy().dueAt(channel, receivedAt);
  }

  /**
   * The standards of every channel with the calendar and its holidays, as they are now: a pure
   * value that computes any number of deadlines without reading the database again.
   */
  public ResponsePolicy policy() {
    return repository.policy();
  }
}
