package dev.cxcrm.domain.feedback;

/** A follow-up is open until someone records what was done and how it ended. */
public enum FollowUpStatus {
  OPEN,
  DONE
}
