package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.util.List;
import java.util.Map;

/**
 * A rollup whose counts {@code C} of a period are that period's own and do not add up from its days
 * (customers at its start and end, cases resolved by its end, the median of its response times):
 * every period asked for is counted as a whole.
 */
interface PeriodRollup<C> {
  /** The counts of each period, in order, of all or one cut's value. */
  List<C> counts(List<ReportPeriod> periods, MetricCut cut, String value);

  /** The period's counts per value of one cut (values without facts left out). */
  Map<String, C> byValue(ReportPeriod period, MetricCut cut);

  /** The counts of each period, as {@link #counts} reads them. */
  interface Counts<C> {
    List<C> of(List<ReportPeriod> periods, MetricCut cut, String value);
  }

  /** A period's counts per value, as {@link #byValue} reads them. */
  interface ByValue<C> {
    Map<String, C> of(ReportPeriod period, MetricCut cut);
  }

  /** A rollup read by these two functions (a narrower reading of another one). */
  static <C> PeriodRollup<C> of(Counts<C> counts, ByValue<C> byValue) {
    return new PeriodRollup<>() {
      @Override
      public List<C> counts(List<ReportPeriod> periods, MetricCut cut, String value) {
        return counts.of(periods, cut, value);
      }

      @Override
      public Map<String, C> byValue(ReportPeriod period, MetricCut cut) {
        return byValue.of(period, cut);
      }
    };
  }
}
