package dev.cxcrm.domain.feedback.survey;

/** How an invitation reaches the customer: an e-mail, or a link that staff show or pass on. */
public enum InvitationChannel {
  EMAIL,
  LINK
}
