package dev.cxcrm.domain.feedback;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/**
 * A referral: a customer (the referrer) brought someone, named or already a customer, at a time,
 * and how far it got. Another system pushes it or an agent records it.
 */
@RecordBuilder
public record ReferralDraft(
    Long referrerId,
    Instant referredAt,
    String referredName,
    Long referredCustomerId,
    ReferralStatus status,
    String externalId)
    implements ReferralDraftBuilder.With {}
