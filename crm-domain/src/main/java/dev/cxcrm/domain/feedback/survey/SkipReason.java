package dev.cxcrm.domain.feedback.survey;

/** Why an invitation did not go out. */
public enum SkipReason {
  /** The survey is not active. */
  SURVEY_INACTIVE,
  /** The customer was archived. */
  CUSTOMER_ARCHIVED,
  /** The customer has not agreed to surveys (or withdrew). */
  NO_SURVEY_CONSENT,
  /** The customer has not agreed to e-mail. */
  NO_EMAIL_CONSENT,
  /** The customer has no e-mail address. */
  NO_EMAIL_ADDRESS,
  /** The customer was invited to a survey within the business-wide cooldown. */
  COOLDOWN,
  /** The customer was invited to this survey within its recontact period. */
  RECONTACT
}
