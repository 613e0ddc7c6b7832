package dev.cxcrm.domain.metrics;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one ISO 4217 currency. Amounts of different currencies are never added: there is no
 * exchange rate in the CRM, so the lifetime-value figures are given per currency instead. The
 * amount is kept without trailing zeros, so that 100 and 100.00 yen are equal.
 */
public record Money(BigDecimal amount, String currency) {
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not an ISO 4217 currency: " + currency, e);
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    amount = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /** The sum; amounts of another currency are refused rather than added as if they were this. */
  public Money plus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
    }
    return new Money(amount.add(other.amount), currency);
  }
}
