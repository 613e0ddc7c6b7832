package dev.cxcrm.domain.feedback;

/** How far a referral got; referral volume counts every referral whatever its status. */
public enum ReferralStatus {
  RECEIVED,
  CONTACTED,
  CONVERTED,
  LOST
}
