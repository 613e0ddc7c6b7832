package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerReach;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Invites customers when something happens in their relationship: the survey that managers set for
 * the trigger goes out by e-mail, under the same fatigue and consent rules as any invitation (a
 * skipped one says why). Runs after the event's own transaction committed, in its own: a failure
 * here never undoes the event.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SurveyAutomation {
  /** Who automatic invitations are by. */
  static final String BY = "survey-automation";

  @Inject SurveyRepository surveys;
  @Inject InvitationRepository store;
  @Inject Invitations invitations;
  @Inject CustomerQueries customers;

  /** An event of one customer, with the case or interaction it was about. */
  public record Moment(long customerId, Long caseId, Long interactionId) {}

  /** Invites the customers of these moments to the trigger's survey; answers how many were made. */
  public int invite(SurveyTrigger trigger, List<Moment> moments) {
    Long surveyId = surveys.automations().get(trigger);
    if (surveyId == null || moments.isEmpty()) {
      return 0;
    }
    Survey survey = surveys.find(surveyId).orElse(null);
    if (survey == null || !survey.active()) {
      return 0;
    }
    Map<Long, CustomerReach> reach =
        customers.reach(moments.stream().map(Moment::customerId).distinct().toList());
    int made = 0;
    for (Moment m : moments) {
      CustomerReach c = reach.get(m.customerId());
      if (c != null) {
        invitations.invite(
            survey,
            c,
            InvitationChannel.EMAIL,
            new Invitations.Cause(trigger, m.caseId(), m.interactionId(), BY));
        made++;
      }
    }
    return made;
  }

  /** Of these customers, those already invited for {@code trigger} since {@code since}. */
  public Set<Long> invitedSince(
      SurveyTrigger trigger, Collection<Long> customerIds, java.time.Instant since) {
    return store.invitedSince(trigger, customerIds, since);
  }
}
