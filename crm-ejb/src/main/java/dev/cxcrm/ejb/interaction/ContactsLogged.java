package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.shared.Channel;
import java.time.Instant;
import java.util.List;

/** Interactions were logged (fired in the logging transaction; observed after it committed). */
public record ContactsLogged(List<Contact> contacts) {
  /** One logged interaction: whose, on which channel, when, and the emotion shown (or null). */
  public record Contact(long id, long customerId, Channel channel, Instant at, Integer emotion) {}
}
