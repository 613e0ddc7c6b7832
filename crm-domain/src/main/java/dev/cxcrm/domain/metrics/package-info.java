/**
 * The pure metric calculators of issue 13 (MISSION.md, "Metrics (exact definitions)"): plain Java
 * that the rollups, dashboards and their tests share, so that every figure has one definition.
 *
 * <p>The rules every calculator keeps:
 *
 * <ul>
 *   <li>Every figure carries its sample size {@code n} and says when it is a small sample ({@link
 *       dev.cxcrm.domain.metrics.Sampled#SMALL_SAMPLE}, 30). No answers means no value (null),
 *       never 0.
 *   <li>Every figure can be built from answers (the reference computation) and from the counts a
 *       rollup stores ({@code Nps.ofCounts}, {@code Csat.ofTallies}, {@code new Retention(S, E, N,
 *       lost)}), and both give equal records.
 *   <li>Percentages are {@code Double} and are not rounded here; rounding is for display.
 *   <li>CSAT and CES on mixed scales (1–5 and 1–7 in one sample): the share (satisfied, low effort)
 *       counts each answer on its own scale and adds up; the mean does not, so {@code mean()} is
 *       null on mixed scales and {@code means()} gives one per scale.
 *   <li>Money is never added across currencies; lifetime value is given per currency, and {@link
 *       dev.cxcrm.domain.metrics.Money#plus} refuses another currency.
 *   <li>A period is the half-open range of instants of {@link dev.cxcrm.domain.shared.ReportPeriod}
 *       in the business's zone.
 * </ul>
 *
 * The scales themselves ({@link dev.cxcrm.domain.shared.NpsScale}, {@link
 * dev.cxcrm.domain.shared.AnswerScale}) live in {@code shared}, because domain features meet only
 * there and feedback must draw the same lines when it files an answer.
 */
package dev.cxcrm.domain.metrics;
