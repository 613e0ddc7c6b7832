package dev.cxcrm.domain.feedback;

/** The three groups of the Net Promoter Score (MISSION.md): 0–6, 7–8 and 9–10. */
public enum NpsGroup {
  DETRACTOR,
  PASSIVE,
  PROMOTER;

  /** The group of a score from 0 to 10. */
  public static NpsGroup of(int score) {
    if (score < Scores.NPS_MIN || score > Scores.NPS_MAX) {
      throw new IllegalArgumentException("An NPS answer is from 0 to 10: " + score);
    }
    return score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR;
  }
}
