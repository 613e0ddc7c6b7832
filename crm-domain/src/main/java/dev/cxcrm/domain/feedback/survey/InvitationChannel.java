package dev.cxcrm.domain.feedback.survey;

/**
 * How an invitation reaches the customer: an e-mail, a link that staff show or pass on, or an
 * interview in which an agent asks the survey's questions as a script and records the answers at
 * once.
 */
public enum InvitationChannel {
  EMAIL,
  LINK,
  INTERVIEW;

  /** Whether staff invite by it; an interview is recorded, not sent. */
  public boolean sent() {
    return this != INTERVIEW;
  }
}
