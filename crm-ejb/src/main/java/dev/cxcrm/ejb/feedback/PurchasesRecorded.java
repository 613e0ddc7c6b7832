package dev.cxcrm.ejb.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Purchases were written: who bought, when and how much. Fired inside the writing transaction, so
 * an observer's writes (the metrics' rollup) commit or roll back with the purchases.
 */
public record PurchasesRecorded(List<Made> rows) {
  public PurchasesRecorded {
    rows = List.copyOf(rows);
  }

  /** One purchase: the customer, its time, and the amount in its ISO 4217 currency. */
  public record Made(long customerId, Instant purchasedAt, BigDecimal amount, String currency) {}
}
