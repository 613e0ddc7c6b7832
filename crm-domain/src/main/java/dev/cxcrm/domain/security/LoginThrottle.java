package dev.cxcrm.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The failed sign-ins of one subject ({@code user:<name>} or {@code addr:<ip>}). Kept in the
 * database so that every server behind a load balancer sees the same count. A subject exists for
 * unknown user names as well, so a lock says nothing about whether an account exists.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {
  @Id
  @Column(name = "subject", length = 300)
  private String subject;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginThrottle() {}

  public LoginThrottle(String subject, Instant now) {
    this.subject = subject;
    this.lastFailureAt = now;
  }

  public static String accountSubject(String username) {
    return "user:" + username.trim().toLowerCase(Locale.ROOT);
  }

  public static String addressSubject(String address) {
    return "addr:" + address;
  }

  public String subject() {
    return subject;
  }

  public int failures() {
    return failures;
  }

  /** The time left until the next attempt is heard; zero when it may go ahead now. */
  public Duration remainingLock(Instant now) {
    if (lockedUntil == null || !lockedUntil.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, lockedUntil);
  }

  public void recordFailure(ThrottlePolicy policy, Instant now) {
    if (policy.forgotten(lastFailureAt, now)) {
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    Duration lock = policy.lockAfter(failures);
    lockedUntil = lock.isZero() ? null : now.plus(lock);
  }
}
