package dev.cxcrm.domain.feedback;

import java.time.Instant;

/**
 * A follow-up of an unhappy answer: whose it is (the customer's owner, or the managers' queue when
 * null), when it is due, and once done what was done, how it ended, by whom and when.
 */
public record FollowUp(
    long id,
    int version,
    long feedbackId,
    long customerId,
    String assignee,
    Instant dueAt,
    FollowUpStatus status,
    String action,
    String outcome,
    Instant closedAt,
    String closedBy,
    Instant createdAt) {

  public boolean overdue(Instant now) {
    return status == FollowUpStatus.OPEN && now.isAfter(dueAt);
  }
}
