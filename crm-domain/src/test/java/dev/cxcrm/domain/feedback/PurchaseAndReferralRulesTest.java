package dev.cxcrm.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseAndReferralRulesTest {
  private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

  private static List<String> fields(PurchaseDraft d) {
    return PurchaseRules.check(PurchaseRules.normalized(d), NOW).stream()
        .map(FieldError::field)
        .toList();
  }

  private static List<String> fields(ReferralDraft d) {
    return ReferralRules.check(ReferralRules.normalized(d), NOW).stream()
        .map(FieldError::field)
        .toList();
  }

  private static PurchaseDraft purchase(String amount, String currency) {
    return new PurchaseDraft(7L, NOW, new BigDecimal(amount), currency, "定期便", null);
  }

  @Test
  void an_amount_is_positive_with_no_more_decimals_than_its_currency() {
    assertThat(fields(purchase("12800", "JPY"))).isEmpty();
    assertThat(fields(purchase("12800.00", "jpy"))).as("trailing zeros say nothing").isEmpty();
    assertThat(fields(purchase("0.5", "JPY"))).containsExactly("amount");
    assertThat(fields(purchase("19.99", "USD"))).isEmpty();
    assertThat(fields(purchase("19.999", "USD"))).containsExactly("amount");
    assertThat(fields(purchase("0", "JPY"))).containsExactly("amount");
    assertThat(fields(purchase("-500", "JPY"))).containsExactly("amount");
    assertThat(fields(purchase("1000000000000", "JPY"))).containsExactly("amount");
    assertThat(fields(purchase("100", "YEN"))).containsExactly("currency");
    assertThat(fields(new PurchaseDraft(null, null, null, null, null, null)))
        .containsExactlyInAnyOrder("customerId", "purchasedAt", "currency", "amount");
  }

  @Test
  void the_same_purchase_pushed_again_matches_whatever_its_amounts_trailing_zeros() {
    PurchaseDraft stored = PurchaseRules.normalized(purchase("12800", "JPY"));
    Purchase p = new Purchase(1, stored, NOW, "shop");
    assertThat(p.matches(PurchaseRules.normalized(purchase("12800.0", " JPY ")))).isTrue();
    assertThat(p.matches(PurchaseRules.normalized(purchase("12801", "JPY")))).isFalse();
    assertThat(PurchaseRules.plain(new BigDecimal("800.00"))).hasToString("800");
    assertThat(PurchaseRules.plain(new BigDecimal("8E+2"))).hasToString("800");
    assertThat(PurchaseRules.plain(new BigDecimal("19.90"))).hasToString("19.9");
  }

  @Test
  void a_referral_names_someone_else_and_is_received_until_told_otherwise() {
    ReferralDraft d = new ReferralDraft(7L, NOW, "山田 花子", null, null, null);
    assertThat(fields(d)).isEmpty();
    assertThat(ReferralRules.normalized(d).status()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(fields(d.withReferredName(" "))).containsExactly("referredName");
    assertThat(fields(d.withReferredName(null).withReferredCustomerId(8L))).isEmpty();
    assertThat(fields(d.withReferredCustomerId(7L))).containsExactly("referredCustomerId");
    assertThat(fields(d.withReferredAt(NOW.plusSeconds(301)))).containsExactly("referredAt");
  }
}
