package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.NpsScale;

/** The three groups of the Net Promoter Score (MISSION.md): 0–6, 7–8 and 9–10. */
public enum NpsGroup {
  DETRACTOR,
  PASSIVE,
  PROMOTER;

  /** The group of a score from 0 to 10. */
  public static NpsGroup of(int score) {
    return NpsScale.promoter(score) ? PROMOTER : NpsScale.detractor(score) ? DETRACTOR : PASSIVE;
  }
}
