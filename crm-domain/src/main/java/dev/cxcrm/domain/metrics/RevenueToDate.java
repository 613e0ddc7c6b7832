package dev.cxcrm.domain.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Lifetime value to date in one currency: the total of the customers' purchases before the end of
 * the period and the average per customer. The customers counted ({@code n}) are those with a
 * purchase in this currency; a rollup that wants every customer in the denominator passes its own
 * count. Figures in different currencies are never added (see {@link Money}).
 */
public record RevenueToDate(String currency, BigDecimal total, long customers) implements Sampled {
  /** Enough digits that the average is exact for any display; rounding is the page's business. */
  static final MathContext PRECISION = MathContext.DECIMAL64;

  public RevenueToDate {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(total, "total");
    if (customers < 0 || total.signum() < 0 || (customers == 0 && total.signum() != 0)) {
      throw new IllegalArgumentException(total + " " + currency + " from " + customers);
    }
  }

  /** Per currency, by currency code, from each customer's total. */
  public static List<RevenueToDate> of(Collection<CustomerRevenue> revenues) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    Map<String, Long> customers = new TreeMap<>();
    for (CustomerRevenue r : revenues) {
      totals.merge(r.total().currency(), r.total().amount(), BigDecimal::add);
      customers.merge(r.total().currency(), 1L, Long::sum);
    }
    List<RevenueToDate> figures = new ArrayList<>();
    totals.forEach((c, total) -> figures.add(new RevenueToDate(c, total, customers.get(c))));
    return List.copyOf(figures);
  }

  /** Per currency, from the purchases strictly before {@code end}. */
  public static List<RevenueToDate> ofPurchases(Collection<Bought> purchases, Instant end) {
    return of(CustomerRevenue.toDate(purchases, end));
  }

  @Override
  public long n() {
    return customers;
  }

  /** The average lifetime value to date per customer, or null without customers. */
  public BigDecimal average() {
    return customers == 0 ? null : total.divide(BigDecimal.valueOf(customers), PRECISION);
  }
}
