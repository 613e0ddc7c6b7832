package dev.cxcrm.ejb.metrics;

import dev.cxcrm.domain.metrics.MetricCut;
import dev.cxcrm.domain.metrics.PeriodGrouping;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.util.Objects;

/**
 * What a metric is asked over: the period, at most one cut's value to keep ({@code cut} and {@code
 * value}), and how to group: by calendar periods ({@code byPeriod}) or by the values of one cut
 * ({@code byCut}), not both. A cut kept and a grouping by period together give a trend of one
 * segment, channel, agent... Lifetime value is asked in one {@code currency}.
 */
public record MetricQuery(
    ReportPeriod period,
    MetricCut cut,
    String value,
    PeriodGrouping byPeriod,
    MetricCut byCut,
    String currency) {
  /** A query of a metric that has no currency (all but lifetime value). */
  public MetricQuery(
      ReportPeriod period, MetricCut cut, String value, PeriodGrouping byPeriod, MetricCut byCut) {
    this(period, cut, value, byPeriod, byCut, null);
  }

  public MetricQuery {
    Objects.requireNonNull(period, "period");
    if ((cut == null) != (value == null)) {
      throw new IllegalArgumentException("A cut needs its value: " + cut + " " + value);
    }
    if (byPeriod != null && byCut != null) {
      throw new IllegalArgumentException("Group by a period or by a cut, not both");
    }
    if (cut != null && byCut != null) {
      throw InvalidInput.of(
          "groupBy",
          "metrics.validation.oneCut",
          "Keep one cut's value or group by a cut, not both.");
    }
  }

  /** This query of money in {@code currency} (ISO 4217; null: the business's currency). */
  public MetricQuery inCurrency(String currency) {
    return new MetricQuery(period, cut, value, byPeriod, byCut, currency);
  }

  public static MetricQuery over(ReportPeriod period) {
    return new MetricQuery(period, null, null, null, null);
  }
}
