package dev.cxcrm.domain.metrics;

import java.util.Set;

/**
 * A metric computed from the counts {@code C} of a rollup: its figure, its change from the period
 * before, and the cuts it can be taken by. Counts add up across days and values, figures do not, so
 * everything a request sums stays a count until {@link #of} turns it into a figure.
 */
public interface Metric<C> {
  /** The figure of these counts. */
  Figure of(C counts);

  /** The change from {@code before} to {@code after}; null when either has no figure. */
  Change change(C before, C after);

  /** The cuts this metric can be kept to or grouped by. */
  Set<MetricCut> cuts();

  /** The metric's name in the API and on the pages: nps, csat, retention, ... */
  String word();
}
