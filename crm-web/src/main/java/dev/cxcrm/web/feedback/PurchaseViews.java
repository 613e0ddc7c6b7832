package dev.cxcrm.web.feedback;

import static dev.cxcrm.web.shared.ApiTimes.at;

import dev.cxcrm.domain.feedback.Purchase;
import dev.cxcrm.domain.feedback.PurchaseDraft;
import dev.cxcrm.domain.feedback.Referral;
import dev.cxcrm.domain.feedback.ReferralDraft;
import dev.cxcrm.domain.feedback.ReferralStatus;
import dev.cxcrm.web.shared.JsonInput;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Purchases and referrals in JSON: read strictly by {@link JsonInput} (unknown fields refused,
 * read-only ones ignored), and shown as the API answers them.
 */
public final class PurchaseViews {
  private static final Set<String> READ_ONLY = Set.of("id", "createdAt", "createdBy");
  private static final Set<String> PURCHASE =
      Set.of("customerId", "purchasedAt", "amount", "currency", "item", "externalId");
  private static final Set<String> REFERRAL =
      Set.of(
          "referrerId", "referredAt", "referredName", "referredCustomerId", "status", "externalId");

  private PurchaseViews() {}

  static PurchaseDraft purchase(JsonValue v) {
    JsonInput in = JsonInput.of(v, PURCHASE, READ_ONLY);
    PurchaseDraft d =
        new PurchaseDraft(
            in.longValue("customerId"),
            in.instant("purchasedAt"),
            in.decimal("amount"),
            in.string("currency"),
            in.string("item"),
            in.string("externalId"));
    in.done();
    return d;
  }

  static ReferralDraft referral(JsonValue v) {
    JsonInput in = JsonInput.of(v, REFERRAL, READ_ONLY);
    ReferralDraft d =
        new ReferralDraft(
            in.longValue("referrerId"),
            in.instant("referredAt"),
            in.string("referredName"),
            in.longValue("referredCustomerId"),
            in.enumValue("status", ReferralStatus.class),
            in.string("externalId"));
    in.done();
    return d;
  }

  @JsonbNillable
  @Schema(
      name = "Purchase",
      description =
          "A purchase, pushed by a shop, till or billing system. Unknown fields are refused;"
              + " id, createdAt and createdBy are ignored on input.")
  public record PurchaseView(
      @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
      @Schema(required = true, type = SchemaType.INTEGER, format = "int64") Long customerId,
      @Schema(required = true, type = SchemaType.STRING, format = "date-time")
          OffsetDateTime purchasedAt,
      @Schema(
              required = true,
              type = SchemaType.NUMBER,
              example = "12800",
              description = "Positive, with no more decimals than the currency has (none for JPY).")
          BigDecimal amount,
      @Schema(required = true, example = "JPY", description = "ISO 4217 code.") String currency,
      @Schema(nullable = true, maxLength = 300) String item,
      @Schema(
              nullable = true,
              description =
                  "The sender's id: sent again with the same content, 200 and the first record;"
                      + " with other content, 409.")
          String externalId,
      @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time")
          OffsetDateTime createdAt,
      @Schema(readOnly = true) String createdBy) {
    static PurchaseView of(Purchase p, ZoneId zone) {
      PurchaseDraft d = p.content();
      return new PurchaseView(
          p.id(),
          d.customerId(),
          at(d.purchasedAt(), zone),
          d.amount(),
          d.currency(),
          d.item(),
          d.externalId(),
          at(p.createdAt(), zone),
          p.createdBy());
    }
  }

  @JsonbNillable
  @Schema(
      name = "Referral",
      description =
          "A customer (the referrer) brought someone: named, or already a customer. Unknown fields"
              + " are refused; id, createdAt and createdBy are ignored on input.")
  public record ReferralView(
      @Schema(readOnly = true, type = SchemaType.INTEGER, format = "int64") Long id,
      @Schema(required = true, type = SchemaType.INTEGER, format = "int64") Long referrerId,
      @Schema(required = true, type = SchemaType.STRING, format = "date-time")
          OffsetDateTime referredAt,
      @Schema(nullable = true, description = "Required without referredCustomerId.")
          String referredName,
      @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true) Long referredCustomerId,
      @Schema(description = "RECEIVED when left out.") ReferralStatus status,
      @Schema(nullable = true) String externalId,
      @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time")
          OffsetDateTime createdAt,
      @Schema(readOnly = true) String createdBy) {
    static ReferralView of(Referral r, ZoneId zone) {
      ReferralDraft d = r.content();
      return new ReferralView(
          r.id(),
          d.referrerId(),
          at(d.referredAt(), zone),
          d.referredName(),
          d.referredCustomerId(),
          d.status(),
          d.externalId(),
          at(r.createdAt(), zone),
          r.createdBy());
    }
  }

  @Schema(name = "PurchasePage")
  public record PurchasePage(
      List<PurchaseView> items, @JsonbNillable @Schema(nullable = true) String next) {}

  @Schema(name = "ReferralPage")
  public record ReferralPage(
      List<ReferralView> items, @JsonbNillable @Schema(nullable = true) String next) {}

  @Schema(name = "PurchaseBulkRequest", description = "items: 1 to 1,000 purchases.")
  public record PurchaseBulk(List<PurchaseView> items) {}

  @Schema(name = "ReferralBulkRequest", description = "items: 1 to 1,000 referrals.")
  public record ReferralBulk(List<ReferralView> items) {}
}
