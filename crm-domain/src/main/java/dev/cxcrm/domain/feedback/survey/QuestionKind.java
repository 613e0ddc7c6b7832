package dev.cxcrm.domain.feedback.survey;

/**
 * What a survey question asks: a score (NPS 0–10, CSAT or CES on 1–5 or 1–7; for CES lower means
 * less effort), an open text, or one or several of its choices.
 */
public enum QuestionKind {
  NPS,
  CSAT,
  CES,
  TEXT,
  SINGLE,
  MULTIPLE;

  /** Whether the answer is a score that the feedback record carries. */
  public boolean scored() {
    return this == NPS || this == CSAT || this == CES;
  }

  /** Whether the question is asked on a scale of 5 or 7 that the editor chooses. */
  public boolean scaled() {
    return this == CSAT || this == CES;
  }

  /** Whether the answer is one or more of the question's choices. */
  public boolean choosing() {
    return this == SINGLE || this == MULTIPLE;
  }
}
