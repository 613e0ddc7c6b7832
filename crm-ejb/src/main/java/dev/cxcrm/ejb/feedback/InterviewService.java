package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.Feedback;
import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.survey.Fatigue;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationChannel;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.Survey;
import dev.cxcrm.domain.feedback.survey.SurveyAnswers;
import dev.cxcrm.domain.feedback.survey.SurveyTrigger;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.customer.CustomerChecks;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.CustomerReach;
import dev.cxcrm.ejb.security.UserQueries;
import dev.cxcrm.ejb.shared.Callers;
import dev.cxcrm.ejb.shared.CreateResult;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Interviews: an agent asks an active survey's questions as a script (by phone, in a meeting) and
 * records the customer's answers at once. The answers become INTERVIEW feedback by the agent, with
 * the scores and the follow-up of any survey answer, and an answered invitation on the INTERVIEW
 * channel keeps them per question of the version asked, so that the survey's answers, versions and
 * fatigue count the interview like any answered invitation. Consent and fatigue do not stop an
 * interview: the customer is answering in person. Recording follows the ownership policy; an
 * external id makes a retried recording return the first one.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class InterviewService {
  @Resource SessionContext ctx;
  @Inject FeedbackService feedback;
  @Inject FeedbackRepository feedbackRows;
  @Inject InvitationRepository store;
  @Inject SurveyRepository surveys;
  @Inject CustomerQueries customers;
  @Inject UserQueries users;
  @Inject TimeSource time;

  /**
   * What the agent noted: the survey used as the script, the customer, where known the interaction
   * and case it was held in, when (null: now), the agent who held it (null: the caller, when the
   * caller is a user rather than another system's key), the answers by question key, and an
   * external id for retries.
   */
  public record Notes(
      long surveyId,
      long customerId,
      Long interactionId,
      Long caseId,
      Instant receivedAt,
      String agent,
      SurveyAnswers answers,
      String externalId) {}

  /**
   * Records the interview; answers its answered invitation ({@code created == false}: the same
   * notes were recorded before under their external id, and nothing was written).
   */
  public CreateResult<Invitation> record(Notes notes) {
    Actor actor = Callers.of(ctx);
    Instant at = notes.receivedAt() == null ? time.now() : notes.receivedAt();
    SurveyTarget target = SurveyTarget.of(customers, surveys, notes.customerId(), notes.surveyId());
    CustomerReach c = target.customer();
    Survey survey = target.survey();
    List<FieldError> errors = new ArrayList<>(target.errors());
    if (survey != null && !survey.active()) {
      errors.add(
          FieldError.of("surveyId", "survey.validation.inactive", "The survey is not active."));
    } else if (survey != null) {
      errors.addAll(notes.answers().check(survey.content(), true));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    CustomerChecks.mayRecordFor(
        actor, notes.customerId(), customers.facts(List.of(notes.customerId())));
    Optional<Invitation> earlier = earlier(notes);
    if (earlier.isPresent()) {
      return new CreateResult<>(earlier.get(), false);
    }
    String language = Fatigue.language(c.preferredLanguage());
    CreateResult<Feedback> f =
        feedback.record(
            FeedbackDraft.of(FeedbackKind.INTERVIEW, notes.customerId(), at)
                .withInteractionId(notes.interactionId())
                .withCaseId(notes.caseId())
                .withAgent(agent(notes, actor))
                .withScores(notes.answers().scores(survey.content()))
                .withText(notes.answers().text(survey.content(), language))
                .withExternalId(notes.externalId()));
    long id =
        store.insert(
            new Invitation(
                0,
                survey.id(),
                survey.number(),
                notes.customerId(),
                InvitationChannel.INTERVIEW,
                language,
                SurveyTrigger.MANUAL,
                notes.caseId(),
                notes.interactionId(),
                InvitationStatus.SENT,
                null,
                null,
                at,
                at,
                null,
                null,
                at.plus(Invitation.VALIDITY),
                null,
                null,
                at,
                actor.name()));
    store.keep(id, notes.answers());
    store.claimAnswer(id, at);
    store.answeredBy(id, f.record().id());
    return new CreateResult<>(store.find(id).orElseThrow(), true);
  }

  /** The agent named, else the calling user; none for another system's key that names nobody. */
  private String agent(Notes notes, Actor actor) {
    if (notes.agent() != null) {
      return notes.agent();
    }
    return users.existing(List.of(actor.name())).isEmpty() ? null : actor.name();
  }

  /**
   * The interview recorded before under the notes' external id: found when it has the same survey,
   * customer and answers (a retry, whenever it is sent), a conflict when anything differs.
   */
  private Optional<Invitation> earlier(Notes notes) {
    if (notes.externalId() == null) {
      return Optional.empty();
    }
    Long feedbackId =
        feedbackRows.byExternalId(List.of(notes.externalId())).get(notes.externalId());
    if (feedbackId == null) {
      return Optional.empty();
    }
    Optional<Invitation> v = store.byFeedback(feedbackId);
    if (v.isEmpty()
        || v.get().channel() != InvitationChannel.INTERVIEW
        || v.get().surveyId() != notes.surveyId()
        || v.get().customerId() != notes.customerId()
        || !store.answers(v.get().id()).equals(notes.answers())) {
      throw new Conflict("This external id was recorded before with other content.");
    }
    return v;
  }
}
