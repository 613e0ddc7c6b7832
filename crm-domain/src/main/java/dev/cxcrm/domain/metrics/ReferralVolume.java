package dev.cxcrm.domain.metrics;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Referral volume: the referrals recorded with their referral time in the period, whatever became
 * of them (a referral that did not convert was still made). It is a count, not a sample, so it has
 * no small-sample flag.
 */
public record ReferralVolume(long count) {
  public ReferralVolume {
    if (count < 0) {
      throw new IllegalArgumentException("A count of " + count);
    }
  }

  /** The referral times ({@code referredAt}) inside the period in {@code zone}. */
  public static ReferralVolume of(
      Collection<Instant> referredAt, ReportPeriod period, ZoneId zone) {
    Span span = Span.of(period, zone);
    return new ReferralVolume(referredAt.stream().filter(span::contains).count());
  }
}
