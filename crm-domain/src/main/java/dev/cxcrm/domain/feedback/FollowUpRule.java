package dev.cxcrm.domain.feedback;

import java.time.Duration;
import java.time.Instant;

/**
 * The closed loop (MISSION.md, service recovery): a detractor answer (NPS 0–6) or a CSAT of 1–2
 * opens a follow-up at once, due two business days after the answer was given. Answers given longer
 * ago than {@link #RECENT} are history (an import of last year's survey), recorded without opening
 * follow-ups that were overdue before they existed.
 */
public final class FollowUpRule {
  public static final int BUSINESS_DAYS = 2;
  public static final int CSAT_LOW_MAX = 2;
  public static final int NPS_DETRACTOR_MAX = 6;
  public static final Duration RECENT = Duration.ofDays(30);

  private FollowUpRule() {}

  /** Whether this piece of feedback, received at its time and recorded now, opens a follow-up. */
  public static boolean opens(FeedbackDraft d, Instant now) {
    Scores s = d.scores();
    boolean unhappy =
        s.nps() != null && s.nps() <= NPS_DETRACTOR_MAX
            || s.csat() != null && s.csat() <= CSAT_LOW_MAX;
    return unhappy && d.receivedAt() != null && !d.receivedAt().isBefore(now.minus(RECENT));
  }
}
