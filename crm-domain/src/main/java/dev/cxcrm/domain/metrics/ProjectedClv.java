package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Projected customer lifetime value in one currency: average order value × purchases per customer
 * per year × expected lifespan in years, measured over a stated window of {@code windowDays}.
 *
 * <ul>
 *   <li>average order value = revenue / orders in the window;
 *   <li>purchases per year = orders / customers who bought / (windowDays / 365): a year is counted
 *       as 365 days;
 *   <li>expected lifespan = 1 / annual churn rate, the rate given in percent (the churn of a {@link
 *       Retention} over a year). A churn of 0 makes the lifespan undefined, not infinite, so the
 *       lifespan and the projection are then null; so they are when the churn is unknown.
 * </ul>
 *
 * The product is computed in one division (revenue · 365 · 100 / (customers · windowDays · churn)),
 * so that nothing is rounded before the end.
 */
public record ProjectedClv(
    String currency,
    BigDecimal revenue,
    long orders,
    long customers,
    long windowDays,
    Double annualChurnPercent)
    implements Sampled {
  public static final int DAYS_PER_YEAR = 365;

  public ProjectedClv {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(revenue, "revenue");
    if (customers < 0 || orders < customers || (customers == 0 && orders > 0)) {
      throw new IllegalArgumentException(orders + " orders from " + customers + " customers");
    }
    if (revenue.signum() < 0 || windowDays < 1) {
      throw new IllegalArgumentException(revenue + " over " + windowDays + " days");
    }
    if (annualChurnPercent != null && !(annualChurnPercent >= 0 && annualChurnPercent <= 100)) {
      throw new IllegalArgumentException("An annual churn of " + annualChurnPercent + " %");
    }
  }

  /** Per currency, by currency code, from the purchases inside {@code window} in {@code zone}. */
  public static List<ProjectedClv> of(
      Collection<Bought> purchases, ReportPeriod window, ZoneId zone, Double annualChurnPercent) {
    Span span = Span.of(window, zone);
    Map<String, List<Bought>> byCurrency = new TreeMap<>();
    purchases.stream()
        .filter(b -> span.contains(b.at()))
        .forEach(
            b -> byCurrency.computeIfAbsent(b.amount().currency(), c -> new ArrayList<>()).add(b));
    List<ProjectedClv> figures = new ArrayList<>();
    byCurrency.forEach(
        (currency, bought) ->
            figures.add(
                new ProjectedClv(
                    currency,
                    bought.stream()
                        .map(b -> b.amount().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                    bought.size(),
                    bought.stream().mapToLong(Bought::customerId).distinct().count(),
                    window.days(),
                    annualChurnPercent)));
    return List.copyOf(figures);
  }

  @Override
  public long n() {
    return customers;
  }

  /** Revenue per order, or null without orders. */
  public BigDecimal averageOrderValue() {
    return orders == 0 ? null : revenue.divide(BigDecimal.valueOf(orders), RevenueToDate.PRECISION);
  }

  /** Orders per customer per year, or null without customers. */
  public Double purchasesPerYear() {
    return customers == 0 ? null : orders * (double) DAYS_PER_YEAR / customers / windowDays;
  }

  /** 1 / annual churn, in years; null when the churn is 0 (undefined) or unknown. */
  public Double lifespanYears() {
    return annualChurnPercent == null || annualChurnPercent == 0 ? null : 100 / annualChurnPercent;
  }

  /** The projected lifetime value per customer; null without customers or without a lifespan. */
  public BigDecimal value() {
    if (customers == 0 || lifespanYears() == null) {
      return null;
    }
    BigDecimal denominator =
        BigDecimal.valueOf(customers)
            .multiply(BigDecimal.valueOf(windowDays))
            .multiply(BigDecimal.valueOf(annualChurnPercent));
    return revenue
        .multiply(BigDecimal.valueOf((long) DAYS_PER_YEAR * 100))
        .divide(denominator, RevenueToDate.PRECISION);
  }
}
