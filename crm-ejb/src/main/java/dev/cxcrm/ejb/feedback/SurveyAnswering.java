package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.FeedbackDraft;
import dev.cxcrm.domain.feedback.FeedbackKind;
import dev.cxcrm.domain.feedback.FeedbackRules;
import dev.cxcrm.domain.feedback.survey.AnswerSheet;
import dev.cxcrm.domain.feedback.survey.Invitation;
import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.SurveyAnswers;
import dev.cxcrm.domain.feedback.survey.SurveyDraft;
import dev.cxcrm.domain.feedback.survey.SurveyToken;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.ejb.customer.CustomerQueries;
import dev.cxcrm.ejb.customer.SurveyConsents;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The customer's side of a survey link, open to anyone who holds the link (no sign-in): open it,
 * keep answers for later, finish once, or withdraw the survey consent. The link's secret is looked
 * up by its hash only. Finishing takes the invitation with a guarded update first, so of two racing
 * or retried submissions exactly one records the answer (one feedback, one follow-up); the other is
 * told it was answered.
 */
@Stateless
@PermitAll
public class SurveyAnswering {
  /** Who the records made through a link are by. */
  public static final String BY = "survey-link";

  @Inject InvitationRepository store;
  @Inject SurveyRepository surveys;
  @Inject FeedbackRepository feedback;
  @Inject FollowUpOpener followUps;
  @Inject CustomerQueries customers;
  @Inject SurveyConsents consents;
  @Inject TimeSource time;

  public AnswerSheet open(String token) {
    Optional<Invitation> found = invitation(token);
    if (found.isEmpty()) {
      return AnswerSheet.closed(AnswerSheet.State.UNKNOWN, null);
    }
    Invitation v = found.get();
    AnswerSheet.State state = state(v, time.now());
    if (state != AnswerSheet.State.OPEN) {
      return AnswerSheet.closed(state, v.language());
    }
    return new AnswerSheet(state, v.language(), definition(v), store.answers(v.id()));
  }

  /** Keeps these answers for later (each checked, none required yet). */
  public AnswerSheet save(String token, SurveyAnswers given) {
    AnswerSheet sheet = open(token);
    if (sheet.state() != AnswerSheet.State.OPEN) {
      return sheet;
    }
    throwIfAny(given.check(sheet.survey(), false));
    Invitation v = invitation(token).orElseThrow();
    store.keep(v.id(), given);
    return open(token);
  }

  /**
   * Finishes the survey with the answers kept so far and these: every required question answered.
   * Answers the sheet as it is afterwards: ANSWERED for the one submission that recorded it and for
   * every later or racing one.
   */
  public AnswerSheet finish(String token, SurveyAnswers given) {
    AnswerSheet sheet = open(token);
    if (sheet.state() != AnswerSheet.State.OPEN) {
      return sheet;
    }
    SurveyAnswers all = sheet.answers().with(given);
    throwIfAny(all.check(sheet.survey(), true));
    Invitation v = invitation(token).orElseThrow();
    Instant now = time.now();
    if (!store.claimAnswer(v.id(), now)) {
      return open(token);
    }
    store.keep(v.id(), given);
    FeedbackDraft d =
        FeedbackRules.normalized(
            FeedbackDraft.of(FeedbackKind.SURVEY, v.customerId(), now)
                .withCaseId(v.caseId())
                .withInteractionId(v.interactionId())
                .withScores(all.scores(sheet.survey()))
                .withText(all.text(sheet.survey(), v.language())));
    List<FieldError> errors = FeedbackRules.check(d, now);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("A checked survey answer made invalid feedback: " + errors);
    }
    List<Long> ids = feedback.insert(List.of(d), BY, now);
    store.answeredBy(v.id(), ids.get(0));
    followUps.openFor(List.of(d), ids, customers.facts(List.of(v.customerId())));
    return AnswerSheet.closed(AnswerSheet.State.ANSWERED, v.language());
  }

  /**
   * Withdraws the survey consent of the customer the link was sent to; answers the language to
   * confirm in, empty for an unknown link. Works on answered and expired links too.
   */
  public Optional<String> withdraw(String token) {
    Optional<Invitation> v = invitation(token);
    v.ifPresent(i -> consents.withdraw(i.customerId(), BY));
    return v.map(Invitation::language);
  }

  /** The language of the link's invitation, empty for an unknown link. */
  public Optional<String> language(String token) {
    return invitation(token).map(Invitation::language);
  }

  private Optional<Invitation> invitation(String token) {
    return SurveyToken.wellFormed(token) ? store.byLink(SurveyToken.hash(token)) : Optional.empty();
  }

  private SurveyDraft definition(Invitation v) {
    return surveys.definition(v.surveyId(), v.surveyNumber()).orElseThrow();
  }

  private static AnswerSheet.State state(Invitation v, Instant now) {
    if (v.status() == InvitationStatus.ANSWERED) {
      return AnswerSheet.State.ANSWERED;
    }
    if (v.status() != InvitationStatus.SENT) {
      return AnswerSheet.State.UNKNOWN;
    }
    return now.isBefore(v.expiresAt()) ? AnswerSheet.State.OPEN : AnswerSheet.State.EXPIRED;
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
