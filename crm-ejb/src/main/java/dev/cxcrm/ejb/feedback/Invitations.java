package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.Fatigue;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyToken;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.ejb.customer.CustomerReach;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes invitations, whoever asks (a person, a trigger, a segment job): the fatigue and consent
 * rules decide whether one goes out, and a skipped one is kept with its reason. An e-mail is
 * planned for the customer's contact hours and sent by {@link InvitationSender}; a link is made at
 * once and its secret handed back this one time.
 */
@ApplicationScoped
public class Invitations {
  @Inject InvitationRepository store;
  @Inject TimeSource time;
  @Inject Event<Due> due;

  /** An invitation is due to be sent now; observed once its transaction committed. */
  public record Due(long invitationId) {}

  @Inject
  @ConfigProperty(name = "crm.survey.cooldown-days", defaultValue = "30")
  int cooldownDays;

  /** The invitation made, and for a link its secret (shown once, never stored). */
  public record Made(Invitation invitation, String token) {}

  /**
   * What made the invitation and by whom: a case or an interaction where one did, the segment send
   * it belongs to.
   */
  public record Cause(
      SurveyTrigger trigger, Long caseId, Long interactionId, Long sendId, String by) {
    public Cause(SurveyTrigger trigger, Long caseId, Long interactionId, String by) {
      this(trigger, caseId, interactionId, null, by);
    }
  }

  public Made invite(
      Survey survey, CustomerReach customer, InvitationChannel channel, Cause cause) {
    Instant now = time.now();
    Instant[] last = store.lastInvited(customer.id(), survey.id());
    Optional<SkipReason> skip =
        new Fatigue(cooldownDays)
            .skip(
                new Fatigue.Facts(
                    survey.active(),
                    survey.content().recontactDays(),
                    !customer.archived(),
                    customer.consent(),
                    customer.email() != null,
                    last[0],
                    last[1]),
                channel,
                now);
    boolean link = channel == InvitationChannel.LINK && skip.isEmpty();
    Invitation draft =
        new Invitation(
            0,
            survey.id(),
            survey.number(),
            customer.id(),
            channel,
            Fatigue.language(customer.preferredLanguage()),
            cause.trigger(),
            cause.caseId(),
            cause.interactionId(),
            skip.isPresent()
                ? InvitationStatus.SKIPPED
                : link ? InvitationStatus.SENT : InvitationStatus.PLANNED,
            skip.orElse(null),
            null,
            link || skip.isPresent()
                ? now
                : Fatigue.sendAt(now, customer.contactHours(), time.zone()),
            link ? now : null,
            null,
            null,
            now.plus(Invitation.VALIDITY),
            null,
            cause.sendId(),
            now,
            cause.by());
    long id = store.insert(draft);
    if (draft.status() == InvitationStatus.PLANNED && !draft.sendAfter().isAfter(now)) {
      due.fire(new Due(id));
    }
    String token = null;
    if (link) {
      token = SurveyToken.generate();
      store.addLink(id, SurveyToken.hash(token), now);
    }
    return new Made(store.find(id).orElseThrow(), token);
  }
}
