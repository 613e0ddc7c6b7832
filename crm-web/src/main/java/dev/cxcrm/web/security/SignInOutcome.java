package dev.cxcrm.web.security;

import dev.cxcrm.ejb.security.Account;
import java.time.Duration;

/**
 * How a password sign-in ended, handed from the mechanism to the login page through a request
 * attribute: the status codes of Jakarta Security cannot say "locked for a while".
 */
record SignInOutcome(Account account, Duration lockedFor) {
  static final String REQUEST_ATTRIBUTE = SignInOutcome.class.getName();

  static SignInOutcome signedIn(Account account) {
    return new SignInOutcome(account, Duration.ZERO);
  }

  static SignInOutcome refused() {
    return new SignInOutcome(null, Duration.ZERO);
  }

  static SignInOutcome locked(Duration lockedFor) {
    return new SignInOutcome(null, lockedFor);
  }

  boolean isLocked() {
    return !lockedFor.isZero();
  }

  /** Whole seconds to wait, rounded up: "try again in 0 seconds" would be a lie. */
  long lockedSeconds() {
    return Math.max(1, (lockedFor.toMillis() + 999) / 1000);
  }
}
