package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.Checks;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a purchase: a customer, a time not ahead of now, a positive amount with no more
 * decimals than its currency has (no 0.5 yen), an ISO 4217 currency code.
 */
public final class PurchaseRules {
  public static final int ITEM_MAX = 300;
  public static final int EXTERNAL_ID_MAX = 200;

  /** Up to a trillion in any currency: a typing error, not a purchase, beyond. */
  public static final BigDecimal AMOUNT_MAX = new BigDecimal("1000000000000");

  private PurchaseRules() {}

  /** Texts trimmed, the currency in capitals, the amount without trailing zeros (100.00 = 100). */
  public static PurchaseDraft normalized(PurchaseDraft d) {
    return d.withCurrency(
            d.currency() == null ? null : Texts.clean(d.currency()).toUpperCase(Locale.ROOT))
        .withAmount(plain(d.amount()))
        .withItem(Texts.clean(d.item()))
        .withExternalId(Texts.clean(d.externalId()));
  }

  /** The amount without trailing zeros and never in exponent form: 100.00 and 1E+2 are 100. */
  public static BigDecimal plain(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal s = amount.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  public static List<FieldError> check(PurchaseDraft d, Instant now) {
    Checks c = new Checks();
    c.required("customerId", d.customerId());
    if (c.required("purchasedAt", d.purchasedAt())) {
      c.notAhead("purchasedAt", d.purchasedAt(), now);
    }
    Currency currency = null;
    if (c.required("currency", d.currency())) {
      currency = currency(d.currency());
      if (currency == null) {
        c.add(
            FieldError.of(
                "currency", "feedback.validation.currency", "Give an ISO 4217 code such as JPY."));
      }
    }
    if (c.required("amount", d.amount())) {
      if (d.amount().signum() <= 0 || d.amount().compareTo(AMOUNT_MAX) >= 0) {
        c.add(
            FieldError.of(
                "amount",
                "feedback.validation.amount",
                "A positive amount below {0}.",
                AMOUNT_MAX.toPlainString()));
      } else if (currency != null
          && currency.getDefaultFractionDigits() >= 0
          && Math.max(0, d.amount().scale()) > currency.getDefaultFractionDigits()) {
        c.add(
            FieldError.of(
                "amount",
                "feedback.validation.decimals",
                "{0} has {1} decimals.",
                currency.getCurrencyCode(),
                currency.getDefaultFractionDigits()));
      }
    }
    c.length("item", d.item(), ITEM_MAX);
    c.length("externalId", d.externalId(), EXTERNAL_ID_MAX);
    return c.errors();
  }

  private static Currency currency(String code) {
    try {
      return code.length() == 3 ? Currency.getInstance(code) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
