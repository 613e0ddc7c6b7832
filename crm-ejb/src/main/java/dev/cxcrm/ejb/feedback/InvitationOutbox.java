package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.Fatigue;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyToken;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerReach;
import dev.cxcrm.ejb.interaction.SystemContacts;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The steps of sending one planned invitation, each in its own transaction so that what is written
 * before the mail goes out is committed first: take it (or skip it when consent or address went
 * away since it was planned), then after the mail server answered, log it as an outbound contact,
 * give it back for a later try, or record the refusal.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InvitationOutbox {
  /** Tries before an invitation fails for good; the waits double from a minute to six hours. */
  static final int ATTEMPTS_MAX = 12;

  static final Duration WAIT_MAX = Duration.ofHours(6);

  /** Who the records made by the sender are by. */
  static final String BY = "survey-mail";

  @Inject InvitationRepository store;
  @Inject SurveyRepository surveys;
  @Inject CustomerQueries customers;
  @Inject SystemContacts contacts;
  @Inject SurveyLinks links;
  @Inject TimeSource time;

  public List<Invitation> due(int limit) {
    return store.due(time.now(), limit);
  }

  /**
   * Takes the invitation for sending and makes its link: the mail to send, or empty when another
   * server took it or it may not go out any more (then it is SKIPPED with the reason).
   */
  public Optional<SurveyMail.Message> take(Invitation v) {
    Instant now = time.now();
    CustomerReach c = customers.reach(List.of(v.customerId())).get(v.customerId());
    Survey survey = surveys.find(v.surveyId()).orElseThrow();
    Optional<SkipReason> skip =
        new Fatigue(0)
            .skip(
                new Fatigue.Facts(
                    survey.active(),
                    0,
                    c != null && !c.archived(),
                    c == null ? null : c.consent(),
                    c != null && c.email() != null,
                    null,
                    null),
                v.channel(),
                now);
    if (skip.isPresent()) {
      store.unsent(v.id(), InvitationStatus.SKIPPED, skip.get(), null);
      return Optional.empty();
    }
    if (!store.claim(v.id(), now)) {
      return Optional.empty();
    }
    String token = SurveyToken.generate();
    store.addLink(v.id(), SurveyToken.hash(token), now);
    SurveyDraft d = surveys.definition(v.surveyId(), v.surveyNumber()).orElseThrow();
    return Optional.of(
        new SurveyMail.Message(
            c.email(),
            v.language(),
            c.name(),
            d.title(v.language()),
            d.intro(v.language()),
            links.answer(token),
            links.optOut(token),
            false));
  }

  /** The mail went out: it is an outbound, proactive contact on the customer's timeline. */
  public void delivered(Invitation v, String title) {
    long id = contacts.outreach(v.customerId(), Channel.EMAIL, time.now(), title, BY);
    store.outreach(v.id(), id);
  }

  /** The mail server was unavailable: planned again after a wait that doubles with each try. */
  public void later(Invitation v, String detail) {
    int attempts = store.attempts(v.id());
    if (attempts >= ATTEMPTS_MAX) {
      store.refused(v.id(), detail);
      return;
    }
    Duration wait = Duration.ofMinutes(1L << Math.min(attempts, 20));
    store.back(v.id(), time.now().plus(wait.compareTo(WAIT_MAX) > 0 ? WAIT_MAX : wait), detail);
  }

  /** The mail server refused the address: FAILED with its answer. */
  public void refused(Invitation v, String detail) {
    store.refused(v.id(), detail);
  }
}
