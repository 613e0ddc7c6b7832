package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.AnswerScale;
import dev.cxcrm.domain.shared.NpsScale;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * What a rollup keeps of feedback for one day and cut: NPS answers by group, CSAT and CES tallies
 * per scale (hits are satisfied and low-effort answers), and the number and sum of review stars.
 * Counts and sums only, so that two days or two rows add by {@link #plus}; the figures come from
 * the calculators ({@link #nps()}, {@link #csat()}, {@link #ces()}, {@link #reviews()}).
 */
public record FeedbackCounts(
    long promoters,
    long passives,
    long detractors,
    ScaleTally csat5,
    ScaleTally csat7,
    ScaleTally ces5,
    ScaleTally ces7,
    long reviews,
    long stars) {

  public static final FeedbackCounts NONE =
      new FeedbackCounts(
          0,
          0,
          0,
          empty(AnswerScale.FIVE),
          empty(AnswerScale.SEVEN),
          empty(AnswerScale.FIVE),
          empty(AnswerScale.SEVEN),
          0,
          0);

  /**
   * The counts of one piece of feedback: its NPS (0–10), CSAT and CES with their scales (5 or 7),
   * and a review's stars; each null when not given.
   */
  public static FeedbackCounts of(
      Integer nps, Integer csat, Integer csatScale, Integer ces, Integer cesScale, Integer stars) {
    ScaleTally csatTally = tally(csat, csatScale, AnswerScale::satisfied);
    ScaleTally cesTally = tally(ces, cesScale, AnswerScale::lowEffort);
    if (stars != null) {
      new ReviewAverage(1, stars);
    }
    return new FeedbackCounts(
        nps != null && NpsScale.promoter(NpsScale.check(nps)) ? 1 : 0,
        nps != null && !NpsScale.promoter(nps) && !NpsScale.detractor(nps) ? 1 : 0,
        nps != null && NpsScale.detractor(nps) ? 1 : 0,
        on(AnswerScale.FIVE, csatTally),
        on(AnswerScale.SEVEN, csatTally),
        on(AnswerScale.FIVE, cesTally),
        on(AnswerScale.SEVEN, cesTally),
        stars == null ? 0 : 1,
        stars == null ? 0 : stars);
  }

  public FeedbackCounts plus(FeedbackCounts o) {
    return new FeedbackCounts(
        promoters + o.promoters,
        passives + o.passives,
        detractors + o.detractors,
        csat5.plus(o.csat5),
        csat7.plus(o.csat7),
        ces5.plus(o.ces5),
        ces7.plus(o.ces7),
        reviews + o.reviews,
        stars + o.stars);
  }

  /** Whether it counts nothing: feedback without a score or stars. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  public Nps nps() {
    return Nps.ofCounts(promoters, passives, detractors);
  }

  public Csat csat() {
    return Csat.ofTallies(List.of(csat5, csat7));
  }

  public Ces ces() {
    return Ces.ofTallies(List.of(ces5, ces7));
  }

  public ReviewAverage reviewAverage() {
    return new ReviewAverage(reviews, stars);
  }

  private static ScaleTally empty(AnswerScale s) {
    return new ScaleTally(s, 0, 0, 0);
  }

  /** One answer's tally on its scale, null when not given. */
  private static ScaleTally tally(
      Integer score, Integer points, BiPredicate<AnswerScale, Integer> hit) {
    if (score == null) {
      return null;
    }
    AnswerScale s = AnswerScale.of(points);
    return new ScaleTally(s, hit.test(s, s.check(score)) ? 1 : 0, 1, score);
  }

  private static ScaleTally on(AnswerScale scale, ScaleTally t) {
    return t != null && t.scale() == scale ? t : empty(scale);
  }
}
