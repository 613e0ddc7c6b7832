package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import dev.cxcrm.domain.shared.DailyHours;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The channel a proactive step uses for a customer: the customer's preferred channel when the
 * customer allows it, otherwise the first of e-mail, phone and SMS the customer allows; none when
 * the customer allows none of them, and then the step is not planned.
 *
 * <p>A customer allows a channel when they agreed to be contacted on it ({@link
 * ConsentChoice#allows}: in person, web and social need no consent) and, for a channel that reaches
 * them at the moment the agent acts (a call, a text, a visit), when their contact hours leave some
 * time inside the business's open hours: a customer reachable only from 19:00 to 21:00 is not
 * called by a team that goes home at 18:00, but written to.
 */
public final class ProactiveChannel {
  /** The channels that reach a customer when the agent acts, not when the customer chooses. */
  public static final Set<Channel> TIMED = Set.of(Channel.PHONE, Channel.SMS, Channel.IN_PERSON);

  private ProactiveChannel() {}

  /**
   * @param contactHours when the customer may be contacted; null for any time
   * @param openHours when the business works
   */
  public static Optional<Channel> choose(
      Channel preferred, ConsentChoice consents, DailyHours contactHours, DailyHours openHours) {
    boolean reachableAtWork = contactHours == null || contactHours.overlaps(openHours);
    return Stream.concat(
            Stream.ofNullable(preferred),
            List.of(Channel.EMAIL, Channel.PHONE, Channel.SMS).stream())
        .filter(consents::allows)
        .filter(c -> reachableAtWork || !TIMED.contains(c))
        .findFirst();
  }

  /**
   * Whether a task on {@code channel} must wait at {@code now}: the channel reaches the customer at
   * once and now is outside the hours they may be contacted in (null hours: any time).
   */
  public static boolean waits(Channel channel, DailyHours contactHours, LocalTime now) {
    return contactHours != null && TIMED.contains(channel) && !contactHours.contains(now);
  }
}
