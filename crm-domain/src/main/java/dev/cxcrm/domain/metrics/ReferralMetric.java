package dev.cxcrm.domain.metrics;

import java.util.Set;

/**
 * Referral volume: the referrals made in the period, by the time of the referral and whatever
 * became of them ({@link ReferralVolume}). A count, not a sample: 0 is a value, there is no
 * interval and the change is not tested. Cut by the referrer's segments, relationship type and
 * owner.
 */
public enum ReferralMetric implements Metric<Long> {
  REFERRALS;

  @Override
  public Figure of(Long count) {
    return Figure.count("referrals", new ReferralVolume(count).count());
  }

  @Override
  public Set<MetricCut> cuts() {
    return MetricCut.ofCustomers();
  }
}
