package dev.cxcrm.domain.feedback.survey;

/** What made an invitation: an event in the customer's relationship, or a person. */
public enum SurveyTrigger {
  /** A case was resolved (post-service survey). */
  CASE_RESOLVED,
  /** A purchase, or the move to the PURCHASE stage (onboarding). */
  PURCHASE,
  /** The anniversary of the relationship (annual review). */
  ANNIVERSARY,
  /** An interaction logged with positive emotion. */
  POSITIVE_EMOTION,
  /** By hand, for one customer. */
  MANUAL,
  /** By hand, for a segment. */
  SEGMENT;

  /** Whether an event starts it (a survey set for it by managers goes out by e-mail). */
  public boolean automatic() {
    return this != MANUAL && this != SEGMENT;
  }
}
