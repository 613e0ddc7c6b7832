package dev.cxcrm.domain.feedback;

import java.time.Instant;

/**
 * A piece of feedback as stored: its id, what was given (normalized), the stage it is about (given,
 * or the touchpoint's), and who recorded it when.
 */
public record Feedback(long id, FeedbackDraft content, Instant createdAt, String createdBy) {
  /**
   * Whether a repeated push under the same external id carries the same content; the stage may have
   * been taken from the touchpoint, so a draft without one is compared without it.
   */
  public boolean matches(FeedbackDraft d) {
    FeedbackDraft stored = d.stage() == null ? content.withStage(null) : content;
    return stored.equals(d);
  }
}
