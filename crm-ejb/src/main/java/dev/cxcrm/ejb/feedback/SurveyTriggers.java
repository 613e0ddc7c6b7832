package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.SurveyMoments;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.interaction.CaseResolved;
import dev.cxcrm.ejb.interaction.ContactsLogged;
import dev.cxcrm.ejb.journey.StageMoved;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The events that ask a customer for feedback, once the event committed: a case resolved
 * (post-service), a purchase or the move to PURCHASE (onboarding), an interaction with positive
 * emotion. Old events (an import of last year's contacts) ask nothing. A failure is logged and
 * leaves the event as it is.
 */
@ApplicationScoped
public class SurveyTriggers {
  private static final Logger LOG = Logger.getLogger(SurveyTriggers.class.getName());

  @Inject SurveyAutomation automation;
  @Inject TimeSource time;

  /** Purchases were recorded (fired by the purchase service in its transaction). */
  public record PurchasesRecorded(List<Long> customerIds) {}

  void caseResolved(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseResolved e) {
    invite(
        SurveyTrigger.CASE_RESOLVED,
        List.of(new SurveyAutomation.Moment(e.customerId(), e.caseId(), null)));
  }

  void contactsLogged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactsLogged e) {
    invite(
        SurveyTrigger.POSITIVE_EMOTION,
        e.contacts().stream()
            .filter(c -> SurveyMoments.positive(c.emotion()))
            .filter(c -> SurveyMoments.recent(c.at(), time.now()))
            .map(c -> new SurveyAutomation.Moment(c.customerId(), null, c.id()))
            .toList());
  }

  void stageMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) StageMoved e) {
    if (e.to() == JourneyStage.PURCHASE) {
      invite(
          SurveyTrigger.PURCHASE, List.of(new SurveyAutomation.Moment(e.customerId(), null, null)));
    }
  }

  void purchases(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchasesRecorded e) {
    invite(
        SurveyTrigger.PURCHASE,
        e.customerIds().stream()
            .distinct()
            .map(id -> new SurveyAutomation.Moment(id, null, null))
            .toList());
  }

  private void invite(SurveyTrigger trigger, List<SurveyAutomation.Moment> moments) {
    if (moments.isEmpty()) {
      return;
    }
    try {
      automation.invite(trigger, moments);
    } catch (RuntimeException ex) {
      LOG.log(
          Level.WARNING,
          "Inviting " + moments.size() + " customers for " + trigger + " failed",
          ex);
    }
  }
}
