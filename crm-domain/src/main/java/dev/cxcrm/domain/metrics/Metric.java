package dev.cxcrm.domain.metrics;

import java.util.Locale;
import java.util.Set;

/**
 * A metric computed from the counts {@code C} of a rollup (an enum's constant): its figure, its
 * change from the period before, and the cuts it can be taken by. Counts add up across days and
 * values, figures do not, so everything a request sums stays a count until {@link #of} turns it
 * into a figure.
 */
public interface Metric<C> {
  /** The figure of these counts. */
  Figure of(C counts);

  /**
   * The change from {@code before} to {@code after}; null when either has no figure. Untested
   * unless the metric states a test (NPS and CSAT do).
   */
  default Change change(C before, C after) {
    return Change.untested(of(before), of(after));
  }

  /** The cuts this metric can be kept to or grouped by. */
  Set<MetricCut> cuts();

  /** The metric's name in the API and on the pages: its constant in lower case (nps, retention). */
  default String word() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }
}
