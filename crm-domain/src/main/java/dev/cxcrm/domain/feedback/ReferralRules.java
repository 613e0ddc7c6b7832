package dev.cxcrm.domain.feedback;

import dev.cxcrm.domain.shared.Checks;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.Texts;
import java.time.Instant;
import java.util.List;

/**
 * The rules of a referral: a referrer, a time not ahead of now, the person referred by name or as a
 * customer (not the referrer), a status (RECEIVED when not given).
 */
public final class ReferralRules {
  public static final int NAME_MAX = 200;
  public static final int EXTERNAL_ID_MAX = 200;

  private ReferralRules() {}

  public static ReferralDraft normalized(ReferralDraft d) {
    return d.withReferredName(Texts.clean(d.referredName()))
        .withExternalId(Texts.clean(d.externalId()))
        .withStatus(d.status() == null ? ReferralStatus.RECEIVED : d.status());
  }

  public static List<FieldError> check(ReferralDraft d, Instant now) {
    Checks c = new Checks();
    c.required("referrerId", d.referrerId());
    if (c.required("referredAt", d.referredAt())) {
      c.notAhead("referredAt", d.referredAt(), now);
    }
    if (d.referredName() == null && d.referredCustomerId() == null) {
      c.add(
          FieldError.of(
              "referredName",
              "feedback.validation.referred",
              "Name the person referred, or give referredCustomerId."));
    }
    if (d.referredCustomerId() != null && d.referredCustomerId().equals(d.referrerId())) {
      c.add(
          FieldError.of(
              "referredCustomerId",
              "feedback.validation.selfReferral",
              "A customer does not refer itself."));
    }
    c.length("referredName", d.referredName(), NAME_MAX);
    c.length("externalId", d.externalId(), EXTERNAL_ID_MAX);
    return c.errors();
  }
}
