package dev.cxcrm.domain.feedback.survey;

import java.time.Duration;
import java.time.Instant;

/**
 * An invitation of one customer to one survey version: how it goes (e-mail or link) and in which
 * language, what made it (and the segment send it belongs to), where it stands (with the reason it
 * was skipped or the mail server's refusal), and its times. Its link's secret is never kept, only
 * the hash.
 */
public record Invitation(
    long id,
    long surveyId,
    int surveyNumber,
    long customerId,
    InvitationChannel channel,
    String language,
    SurveyTrigger trigger,
    Long caseId,
    Long interactionId,
    InvitationStatus status,
    SkipReason reason,
    String detail,
    Instant sendAfter,
    Instant sentAt,
    Instant remindedAt,
    Instant answeredAt,
    Instant expiresAt,
    Long feedbackId,
    Long sendId,
    Instant createdAt,
    String createdBy) {

  /** The default time a link stays valid. */
  public static final Duration VALIDITY = Duration.ofDays(60);

  /** Whether the link may still be answered: sent, not finished and not expired. */
  public boolean open(Instant now) {
    return status == InvitationStatus.SENT && now.isBefore(expiresAt);
  }
}
