package dev.cxcrm.domain.feedback.survey;

/**
 * What a survey link opens: the survey in the customer's language with the answers given so far
 * while it is {@code OPEN}; otherwise only its state (answered, expired, unknown) and, where the
 * link is known, the language to say so in. Nothing about the customer is on it.
 */
public record AnswerSheet(State state, String language, SurveyDraft survey, SurveyAnswers answers) {
  public enum State {
    OPEN,
    ANSWERED,
    EXPIRED,
    UNKNOWN
  }

  public static AnswerSheet closed(State state, String language) {
    return new AnswerSheet(state, language, null, SurveyAnswers.NONE);
  }
}
