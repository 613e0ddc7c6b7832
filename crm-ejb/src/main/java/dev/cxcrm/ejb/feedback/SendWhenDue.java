package dev.cxcrm.ejb.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends an invitation that is due now without waiting for the sender's next minute: once the
 * transaction that planned it committed (so the sender sees it), in the background.
 */
@ApplicationScoped
public class SendWhenDue {
  @Inject InvitationSender sender;

  void planned(@Observes(during = TransactionPhase.AFTER_SUCCESS) Invitations.Due due) {
    sender.soon();
  }
}
