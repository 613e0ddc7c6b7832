package dev.cxcrm.ejb.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Referrals were written: who referred, and when. Fired inside the writing transaction, so an
 * observer's writes (the metrics' rollup) commit or roll back with the referrals.
 */
public record ReferralsRecorded(List<Made> rows) {
  public ReferralsRecorded {
    rows = List.copyOf(rows);
  }

  /** One referral: the referring customer and the time of the referral. */
  public record Made(long referrerId, Instant referredAt) {}
}
