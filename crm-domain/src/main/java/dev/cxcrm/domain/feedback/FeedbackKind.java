package dev.cxcrm.domain.feedback;

/**
 * Where a piece of feedback came from. Labels live in the feedback bundle under {@code
 * FeedbackKind.<name>}.
 */
public enum FeedbackKind {
  /** An answer to a survey: scores per question. */
  SURVEY,
  /** Notes an agent took in an interview, following the business's script. */
  INTERVIEW,
  /** Feedback the customer sent by e-mail. */
  EMAIL,
  /** A mention on social media: platform, link, text. */
  SOCIAL,
  /** A review on a site: 1 to 5 stars. */
  REVIEW,
  /** A remark the customer made during service, noted at once. */
  REMARK;

  /** Whether this kind names where it was said: the social platform or the review site. */
  public boolean needsPlatform() {
    return this == SOCIAL || this == REVIEW;
  }
}
