package dev.cxcrm.domain.feedback;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A purchase another system pushes (a web shop, a till, the billing system): who bought, when, how
 * much in which currency, and what. The lifetime value metrics sum them.
 */
@RecordBuilder
public record PurchaseDraft(
    Long customerId,
    Instant purchasedAt,
    BigDecimal amount,
    String currency,
    String item,
    String externalId)
    implements PurchaseDraftBuilder.With {}
