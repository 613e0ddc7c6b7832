package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.Direction;
import dev.cxcrm.domain.interaction.InteractionDraft;
import dev.cxcrm.domain.interaction.InteractionDraftBuilder;
import dev.cxcrm.domain.interaction.InteractionRules;
import dev.cxcrm.domain.interaction.Purpose;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Contacts that the system itself makes, such as a survey invitation mailed by the server: an
 * outbound, proactive interaction on the customer's timeline, by no agent. It answers nothing and
 * awaits no answer, so the answer rule has nothing to settle.
 */
@ApplicationScoped
public class SystemContacts {
  @Inject InteractionRepository store;

  /** Logs the outreach; answers the interaction's id. */
  public long outreach(long customerId, Channel channel, Instant at, String subject, String by) {
    InteractionDraft d =
        InteractionRules.normalized(
            InteractionDraftBuilder.builder()
                .customerId(customerId)
                .channel(channel)
                .direction(Direction.OUTBOUND)
                .occurredAt(at)
                .subject(subject)
                .awaitsAnswer(false)
                .purpose(Purpose.PROACTIVE)
                .build());
    List<FieldError> errors = InteractionRules.check(d, at);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("A system contact broke the rules: " + errors);
    }
    return store.insert(List.of(new NewInteraction(0, d, null, null)), by, at).get(0);
  }
}
