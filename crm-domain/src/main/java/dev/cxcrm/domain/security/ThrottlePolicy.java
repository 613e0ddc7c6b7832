package dev.cxcrm.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How failed sign-ins slow down further attempts on one subject (an account or a client address): a
 * few failures are free, then each one locks the subject for twice as long as the one before, up to
 * a cap. A quiet spell longer than {@code forgetAfter} wipes the slate.
 */
public record ThrottlePolicy(
    int freeFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {
  /**
   * Per account: a person mistypes a few times; a guesser gets about 12 tries in the first hour.
   */
  public static final ThrottlePolicy ACCOUNT =
      new ThrottlePolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

  /** Per address: looser, because an office behind one NAT address shares it. */
  public static final ThrottlePolicy ADDRESS =
      new ThrottlePolicy(20, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

  public ThrottlePolicy {
    Objects.requireNonNull(firstLock);
    Objects.requireNonNull(maxLock);
    Objects.requireNonNull(forgetAfter);
    if (freeFailures < 0 || firstLock.isNegative() || maxLock.compareTo(firstLock) < 0) {
      throw new IllegalArgumentException(
          "A throttle needs free failures >= 0 and 0 <= first lock <= max lock");
    }
  }

  /** How long the subject is locked after its {@code failures}-th failure in a row. */
  public Duration lockAfter(int failures) {
    int over = failures - freeFailures;
    if (over <= 0) {
      return Duration.ZERO;
    }
    // Doubling beyond 2^20 exceeds any sensible cap; stopping there avoids overflow.
    int doublings = Math.min(over - 1, 20);
    Duration lock = firstLock.multipliedBy(1L << doublings);
    return lock.compareTo(maxLock) > 0 ? maxLock : lock;
  }

  /** Whether failures that ended at {@code lastFailure} no longer count at {@code now}. */
  public boolean forgotten(Instant lastFailure, Instant now) {
    return lastFailure.plus(forgetAfter).isBefore(now);
  }
}
