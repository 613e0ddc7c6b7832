package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.ConsentChoice;
import java.util.List;
import java.util.Optional;

/**
 * The channel a proactive step uses for a customer: the customer's preferred channel when the
 * customer allows it ({@link ConsentChoice#allows}: in person, web and social need no consent),
 * otherwise the first of e-mail, phone and SMS the customer agreed to; none when the customer
 * agreed to none of them, and then the step is not planned.
 */
public final class ProactiveChannel {
  private ProactiveChannel() {}

  public static Optional<Channel> choose(Channel preferred, ConsentChoice consents) {
    if (preferred != null && consents.allows(preferred)) {
      return Optional.of(preferred);
    }
    return List.of(Channel.EMAIL, Channel.PHONE, Channel.SMS).stream()
        .filter(consents::allows)
        .findFirst();
  }
}
