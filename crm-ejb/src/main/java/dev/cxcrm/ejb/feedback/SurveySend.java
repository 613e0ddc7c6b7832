package dev.cxcrm.ejb.feedback;

import dev.cxcrm.domain.feedback.survey.InvitationStatus;
import dev.cxcrm.domain.feedback.survey.SkipReason;
import java.time.Instant;
import java.util.Map;

/**
 * A survey sent to a segment: what, to whom, how many customers the segment had, who started it and
 * when, and (in {@link Progress}) how far it got.
 */
public record SurveySend(
    long id,
    long surveyId,
    String segment,
    long total,
    Long executionId,
    Instant createdAt,
    String createdBy) {

  /**
   * How far a send got, read from its invitations: how many were made (of {@code total}), by
   * status, the skipped ones by reason, and the job's state ({@code STARTING}, {@code STARTED},
   * {@code COMPLETED}, {@code FAILED}, ...; {@code UNKNOWN} when another server ran it).
   */
  public record Progress(
      SurveySend send,
      String job,
      long made,
      Map<InvitationStatus, Long> byStatus,
      Map<SkipReason, Long> skipped) {}
}
