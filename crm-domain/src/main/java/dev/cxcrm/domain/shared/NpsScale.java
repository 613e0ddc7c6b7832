package dev.cxcrm.domain.shared;

/**
 * The 0–10 scale of the Net Promoter question and its groups (MISSION.md): detractors 0–6, passives
 * 7–8, promoters 9–10. In {@code shared} so that the feedback feature (which files an answer in its
 * group) and the metrics feature (which counts the groups) draw the same lines.
 */
public final class NpsScale {
  public static final int MIN = 0;
  public static final int MAX = 10;
  public static final int PASSIVE_FROM = 7;
  public static final int PROMOTER_FROM = 9;

  private NpsScale() {}

  /** The score, when it is an answer from 0 to 10. */
  public static int check(int score) {
    if (score < MIN || score > MAX) {
      throw new IllegalArgumentException("An NPS answer is from 0 to 10: " + score);
    }
    return score;
  }

  public static boolean promoter(int score) {
    return check(score) >= PROMOTER_FROM;
  }

  public static boolean detractor(int score) {
    return check(score) < PASSIVE_FROM;
  }
}
