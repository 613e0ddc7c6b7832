package dev.cxcrm.domain.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * The lowest and highest value the metric can take (NPS −100 and 100, shares 0 and 100), or null
   * for a count, which has no scale.
   */
  default double[] bounds() {
    return null;
  }

  /** Every metric, in the order the API lists them. */
  static List<Metric<?>> all() {
    List<Metric<?>> all = new ArrayList<>(List.of(FeedbackMetric.values()));
    all.addAll(List.of(CustomerMetric.values()));
    all.addAll(List.of(ReferralMetric.values()));
    all.addAll(List.of(ClvMetric.values()));
    all.addAll(List.of(CaseMetric.values()));
    all.addAll(List.of(RecoveryMetric.values()));
    all.addAll(List.of(ContactMetric.values()));
    return List.copyOf(all);
  }

  /** The metric of this name (nps, retention, ...), if there is one. */
  static Optional<Metric<?>> named(String word) {
    return all().stream().filter(m -> m.word().equals(word)).findFirst();
  }

  /** The cuts this metric can be kept to or grouped by. */
  Set<MetricCut> cuts();

  /** The metric's name in the API and on the pages: its constant in lower case (nps, retention). */
  default String word() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }
}
