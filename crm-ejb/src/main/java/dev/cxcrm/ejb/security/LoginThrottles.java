package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.LoginThrottle;
import dev.cxcrm.domain.security.ThrottlePolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing per account and per client address. The counts live in the database,
 * so that every server sees them. Attempts during a lock are refused without checking the password
 * and are not counted.
 */
@Stateless
@PermitAll
public class LoginThrottles {
  @Inject LoginThrottleRepository throttles;

  /** How long the caller must wait before a password is checked for this name from this address. */
  public Duration remainingLock(String username, String address) {
    Instant now = Instant.now();
    Duration account = lockOf(LoginThrottle.accountSubject(username), now);
    Duration client = lockOf(LoginThrottle.addressSubject(address), now);
    return account.compareTo(client) >= 0 ? account : client;
  }

  /** Counted in its own transaction: a failed sign-in rolls nothing back that should stay. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(String username, String address) {
    Instant now = Instant.now();
    fail(LoginThrottle.accountSubject(username), ThrottlePolicy.ACCOUNT, now);
    fail(LoginThrottle.addressSubject(address), ThrottlePolicy.ADDRESS, now);
  }

  /**
   * The account's count starts again; the address keeps its count, it may be guessing other names.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSuccess(String username) {
    throttles.find(LoginThrottle.accountSubject(username)).ifPresent(throttles::remove);
  }

  /** Rows for names that someone merely tried would otherwise pile up. */
  @Schedule(hour = "*", minute = "17", persistent = false)
  public void forgetOldFailures() {
    Instant cutoff = Instant.now().minus(Duration.ofDays(1));
    throttles.removeFailedBefore(cutoff);
  }

  private Duration lockOf(String subject, Instant now) {
    return throttles.find(subject).map(t -> t.remainingLock(now)).orElse(Duration.ZERO);
  }

  private void fail(String subject, ThrottlePolicy policy, Instant now) {
    LoginThrottle t = throttles.findForUpdate(subject).orElse(null);
    if (t == null) {
      t = new LoginThrottle(subject, now);
      throttles.add(t);
    }
    t.recordFailure(policy, now);
  }
}
