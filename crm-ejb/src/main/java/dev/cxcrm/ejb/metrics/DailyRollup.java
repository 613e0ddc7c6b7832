package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.LocalDate;
import java.util.Map;

/** A rollup of facts per day and cut value, read as counts {@code C} that add up. */
interface DailyRollup<C> {
  /** The period's counts per day (days without facts left out), of all or one cut's value. */
  Map<LocalDate, C> byDay(ReportPeriod period, MetricCut cut, String value);

  /** The period's counts per value of one cut (values without facts left out). */
  Map<String, C> byValue(ReportPeriod period, MetricCut cut);
}
