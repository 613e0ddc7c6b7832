package dev.cxcrm.domain.feedback;

import java.time.Instant;

/** A stored referral: its id, what was pushed (normalized), and who recorded it when. */
public record Referral(long id, ReferralDraft content, Instant createdAt, String createdBy) {
  public boolean matches(ReferralDraft d) {
    return content.equals(d);
  }
}
