package dev.cxcrm.domain.shared;

/**
 * The two scales CSAT and CES are asked on (MISSION.md) and where each draws its lines: satisfied
 * is 4–5 on 1–5 and 6–7 on 1–7; low effort is 1–2 on 1–5 and 1–3 on 1–7. It lives in {@code shared}
 * because the feedback feature stores the answers and the metrics feature counts them, and both
 * must draw the same lines.
 */
public enum AnswerScale {
  FIVE(5, 4, 2),
  SEVEN(7, 6, 3);

  private final int points;
  private final int satisfiedFrom;
  private final int lowEffortUpTo;

  AnswerScale(int points, int satisfiedFrom, int lowEffortUpTo) {
    this.points = points;
    this.satisfiedFrom = satisfiedFrom;
    this.lowEffortUpTo = lowEffortUpTo;
  }

  /** The scale of {@code points} points: 5 or 7. */
  public static AnswerScale of(int points) {
    for (AnswerScale s : values()) {
      if (s.points == points) {
        return s;
      }
    }
    throw new IllegalArgumentException("A scale has 5 or 7 points: " + points);
  }

  /** The highest score; the lowest is 1. */
  public int points() {
    return points;
  }

  /** The score, when it is on this scale. */
  public int check(int score) {
    if (score < 1 || score > points) {
      throw new IllegalArgumentException(
          "A score on 1–" + points + " is from 1 to " + points + ": " + score);
    }
    return score;
  }

  /** A satisfied answer (CSAT): the top two points. */
  public boolean satisfied(int score) {
    return check(score) >= satisfiedFrom;
  }

  /** A low-effort answer (CES, where lower means less effort). */
  public boolean lowEffort(int score) {
    return check(score) <= lowEffortUpTo;
  }
}
