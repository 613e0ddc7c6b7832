package dev.cxcrm.domain.feedback.survey;

/**
 * Where an invitation stands: PLANNED (to go out at its time; a mail-server outage keeps it here
 * for the next try), SENT (mailed or its link handed out), ANSWERED (finished once), SKIPPED (never
 * sent, with the reason), FAILED (the mail server refused the address, with its answer).
 */
public enum InvitationStatus {
  PLANNED,
  SENT,
  ANSWERED,
  SKIPPED,
  FAILED
}
