package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.Channel;
import java.util.List;
import java.util.Optional;

/**
 * The channel a proactive step uses for a customer: the customer's preferred channel when the
 * customer agreed to it (or it needs no agreement: in person), otherwise the first of e-mail, phone
 * and SMS the customer agreed to; none when the customer agreed to no channel, and then the step is
 * not planned.
 */
public final class ProactiveChannel {
  private ProactiveChannel() {}

  /** What the customer agreed to be contacted by. */
  public record Consents(boolean email, boolean phone, boolean sms) {
    boolean allow(Channel c) {
      return switch (c) {
        case EMAIL -> email;
        case PHONE -> phone;
        case SMS -> sms;
        case IN_PERSON -> true;
        case WEB, SOCIAL -> false;
      };
    }
  }

  public static Optional<Channel> choose(Channel preferred, Consents consents) {
    if (preferred != null && consents.allow(preferred)) {
      return Optional.of(preferred);
    }
    return List.of(Channel.EMAIL, Channel.PHONE, Channel.SMS).stream()
        .filter(consents::allow)
        .findFirst();
  }
}
