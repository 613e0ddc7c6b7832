package dev.cxcrm.domain.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One customer's lifetime value to date in one currency: the sum of its purchases before the end of
 * the period. A customer who paid in two currencies has two.
 */
public record CustomerRevenue(long customerId, Money total) {
  /** Each customer's purchases strictly before {@code end}, per currency; by customer, currency. */
  public static List<CustomerRevenue> toDate(Collection<Bought> purchases, Instant end) {
    Map<Long, Map<String, Money>> sums = new TreeMap<>();
    for (Bought b : purchases) {
      if (b.at().isBefore(end)) {
        sums.computeIfAbsent(b.customerId(), c -> new TreeMap<>())
            .merge(b.amount().currency(), b.amount(), Money::plus);
      }
    }
    List<CustomerRevenue> revenues = new ArrayList<>();
    sums.forEach(
        (customer, byCurrency) ->
            byCurrency.values().forEach(m -> revenues.add(new CustomerRevenue(customer, m))));
    return List.copyOf(revenues);
  }
}
