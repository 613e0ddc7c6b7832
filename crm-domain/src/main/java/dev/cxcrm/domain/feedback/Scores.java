package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.AnswerScale;
import dev.cxcrm.domain.shared.Checks;
import dev.cxcrm.domain.shared.NpsScale;
import java.util.Set;

/**
 * The scores of one piece of feedback, each optional: NPS (0–10), CSAT and CES with the scale they
 * were asked on (1–5 or 1–7). For CSAT higher is better; for CES lower means less effort.
 */
public record Scores(Integer nps, Integer csat, Integer csatScale, Integer ces, Integer cesScale) {
  public static final int NPS_MIN = NpsScale.MIN;
  public static final int NPS_MAX = NpsScale.MAX;
  public static final Set<Integer> SCALES = Set.of(5, 7);
  public static final Scores NONE = new Scores(null, null, null, null, null);

  public boolean isEmpty() {
    return nps == null && csat == null && ces == null;
  }

  /** The NPS group, or null without an NPS answer. */
  public NpsGroup npsGroup() {
    return nps == null ? null : NpsGroup.of(nps);
  }

  /** Satisfied: 4–5 on 1–5, 6–7 on 1–7; null without a CSAT answer. */
  public Boolean satisfied() {
    return csat == null ? null : AnswerScale.of(csatScale).satisfied(csat);
  }

  /** Low effort: 1–2 on 1–5, 1–3 on 1–7; null without a CES answer. */
  public Boolean lowEffort() {
    return ces == null ? null : AnswerScale.of(cesScale).lowEffort(ces);
  }

  /** Each score inside its scale, and the scale of CSAT and CES named (5 or 7). */
  void check(Checks c, String prefix) {
    c.range(prefix + "nps", nps, NPS_MIN, NPS_MAX);
    scaled(c, prefix + "csat", csat, csatScale);
    scaled(c, prefix + "ces", ces, cesScale);
  }

  private static void scaled(Checks c, String field, Integer value, Integer scale) {
    if (value == null) {
      return;
    }
    if (scale == null || !SCALES.contains(scale)) {
      c.add(
          dev.cxcrm.domain.shared.FieldError.of(
              field + "Scale", "feedback.validation.scale", "Give the scale: 5 or 7."));
      return;
    }
    c.range(field, value, 1, scale);
  }
}
