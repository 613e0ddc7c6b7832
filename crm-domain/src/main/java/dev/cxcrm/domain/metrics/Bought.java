package dev.cxcrm.domain.metrics;

import java.time.Instant;
import java.util.Objects;

/** A purchase as the lifetime-value figures read it: who, when, how much in which currency. */
public record Bought(long customerId, Instant at, Money amount) {
  public Bought {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(amount, "amount");
  }
}
