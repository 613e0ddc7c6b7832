package dev.cxcrm.ejb.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes the metrics' rollups at the first start after the upgrade that added it, from the feedback,
 * customers, referrals, purchases, cases, follow-ups and contacts recorded before; later starts
 * find it filled and do nothing.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class RollupStartup {
  private static final Logger LOG = Logger.getLogger(RollupStartup.class.getName());

  @Inject FeedbackRollupRepository rollup;
  @Inject CustomerRollupRepository customers;
  @Inject ReferralRollupRepository referrals;
  @Inject PurchaseRollupRepository purchases;
  @Inject CaseRollupRepository cases;
  @Inject RecoveryRollupRepository recovery;
  @Inject ContactRollupRepository contacts;

  /**
   * Makes every rollup again from what is recorded (after a load that wrote the tables directly:
   * the sample business, an administrator's repair).
   */
  public void rebuildAll() {
    rollup.rebuild();
    customers.rebuild();
    referrals.rebuild();
    purchases.rebuild();
    cases.rebuild();
    recovery.rebuild();
    contacts.rebuild();
  }

  @PostConstruct
  void fill() {
    if (rollup.fillIfEmpty()) {
      LOG.info("The metrics' feedback rollup was made from the feedback recorded before.");
    }
    if (customers.fillIfEmpty()) {
      LOG.info("The metrics' customer rollup was made from the customers recorded before.");
    }
    if (referrals.fillIfEmpty()) {
      LOG.info("The metrics' referral rollup was made from the referrals recorded before.");
    }
    if (purchases.fillIfEmpty()) {
      LOG.info("The metrics' purchase rollup was made from the purchases recorded before.");
    }
    if (cases.fillIfEmpty()) {
      LOG.info("The metrics' case rollup was made from the cases recorded before.");
    }
    if (recovery.fillIfEmpty()) {
      LOG.info("The metrics' recovery rollup was made from the follow-ups done before.");
    }
    if (contacts.fillIfEmpty()) {
      LOG.info("The metrics' contact rollup was made from the contacts logged before.");
    }
  }
}
