package dev.cxcrm.domain.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What customer lifetime value is computed from in one currency at the end of a period: the revenue
 * to date and the customers it came from ({@link RevenueToDate}), and the projection over the
 * stated window of the {@value #WINDOW_DAYS} days up to that end ({@link ProjectedClv}: the
 * window's revenue, orders and buyers, and the annual churn of the same days).
 */
public record LifetimeValue(RevenueToDate toDate, ProjectedClv projected) {
  /** The projection's window: the year (365 days) that ends with the period. */
  public static final int WINDOW_DAYS = ProjectedClv.DAYS_PER_YEAR;

  public LifetimeValue {
    Objects.requireNonNull(toDate, "toDate");
    Objects.requireNonNull(projected, "projected");
    if (!toDate.currency().equals(projected.currency())) {
      throw new IllegalArgumentException(toDate.currency() + " and " + projected.currency());
    }
  }

  /** No purchase at all in {@code currency}: no value, no projection. */
  public static LifetimeValue none(String currency) {
    return new LifetimeValue(
        new RevenueToDate(currency, BigDecimal.ZERO, 0),
        new ProjectedClv(currency, BigDecimal.ZERO, 0, 0, WINDOW_DAYS, null));
  }

  public String currency() {
    return toDate.currency();
  }
}
