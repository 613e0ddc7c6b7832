package dev.cxcrm.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  private static final ThrottlePolicy POLICY =
      new ThrottlePolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofHours(1));
  private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void the_first_failures_are_free() {
    assertThat(POLICY.lockAfter(0)).isZero();
    assertThat(POLICY.lockAfter(3)).isZero();
  }

  @Test
  void each_further_failure_doubles_the_lock_up_to_the_cap() {
    assertThat(POLICY.lockAfter(4)).hasSeconds(2);
    assertThat(POLICY.lockAfter(5)).hasSeconds(4);
    assertThat(POLICY.lockAfter(6)).hasSeconds(8);
    assertThat(POLICY.lockAfter(8)).hasSeconds(30);
    assertThat(POLICY.lockAfter(Integer.MAX_VALUE)).hasSeconds(30);
  }

  @Test
  void the_account_policy_gives_a_guesser_only_a_few_dozen_tries_an_hour() {
    int tries = 0;
    Duration elapsed = Duration.ZERO;
    while (elapsed.compareTo(Duration.ofHours(1)) < 0) {
      tries++;
      elapsed = elapsed.plus(ThrottlePolicy.ACCOUNT.lockAfter(tries));
    }
    assertThat(tries).isLessThan(20);
  }

  @Test
  void a_subject_is_locked_after_its_free_failures_and_free_again_when_the_lock_ends() {
    LoginThrottle throttle = new LoginThrottle(LoginThrottle.accountSubject("Alice "), t0);
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure(POLICY, t0);
    }
    assertThat(throttle.remainingLock(t0)).isZero();

    throttle.recordFailure(POLICY, t0);

    assertThat(throttle.subject()).isEqualTo("user:alice");
    assertThat(throttle.remainingLock(t0.plusSeconds(1))).hasSeconds(1);
    assertThat(throttle.remainingLock(t0.plusSeconds(2))).isZero();
  }

  @Test
  void a_long_quiet_spell_forgets_earlier_failures() {
    LoginThrottle throttle = new LoginThrottle("addr:192.0.2.1", t0);
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure(POLICY, t0);
    }
    Instant later = t0.plus(Duration.ofHours(2));

    throttle.recordFailure(POLICY, later);

    assertThat(throttle.failures()).isEqualTo(1);
    assertThat(throttle.remainingLock(later)).isZero();
  }
}
