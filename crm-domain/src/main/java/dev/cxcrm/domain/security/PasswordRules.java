package dev.cxcrm.domain.security;

import dev.cxcrm.domain.shared.InvalidInput;

/**
 * What a password must be. Length is what matters; composition rules only make people write them
 * down.
 */
public final class PasswordRules {
  public static final int MIN_LENGTH = 12;

  /** PBKDF2 hashes any length, but a megabyte "password" is a cheap way to burn server time. */
  public static final int MAX_LENGTH = 200;

  private PasswordRules() {}

  public static void check(String field, String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw InvalidInput.of(field, "password.tooShort", "Use at least {0} characters.", MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      throw InvalidInput.of(field, "password.tooLong", "Use at most {0} characters.", MAX_LENGTH);
    }
  }
}
