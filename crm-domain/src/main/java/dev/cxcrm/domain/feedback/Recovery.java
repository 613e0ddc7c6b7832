package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.util.List;

/**
 * The recovery rate of the closed loop (issue 12): of the unhappy answers given in the period whose
 * follow-up was done, the share whose customer's next answer to the same question (NPS after an
 * NPS, CSAT after a CSAT, compared on the share of their scale) was better. Only answers with a
 * next answer count ({@code n}); those still waiting for one are {@code pending}. No follow-up with
 * a next answer means no rate (null), never 0.
 */
public record Recovery(ReportPeriod period, int n, int recovered, int pending, Double rate) {
  public static final ReportPeriod.Rule PERIOD = ReportPeriod.Rule.lastDays(90, 366);

  /**
   * One followed-up answer: its score and scale, and the next answer's (null when there is none
   * yet). NPS is on 0..10, CSAT on 1..scale.
   */
  public record Case(int score, int min, int max, Integer nextScore, Integer nextMax) {
    /** Whether the next answer stands higher on its scale than this one; it must exist. */
    public boolean better() {
      double before = (score - min) / (double) (max - min);
      double after = (nextScore - min) / (double) (nextMax - min);
      return after > before;
    }
  }

  public static Recovery of(ReportPeriod period, List<Case> cases) {
    int n = 0;
    int recovered = 0;
    int pending = 0;
    for (Case c : cases) {
      if (c.nextScore() == null) {
        pending++;
      } else {
        n++;
        recovered += c.better() ? 1 : 0;
      }
    }
    return new Recovery(period, n, recovered, pending, n == 0 ? null : recovered * 100.0 / n);
  }
}
