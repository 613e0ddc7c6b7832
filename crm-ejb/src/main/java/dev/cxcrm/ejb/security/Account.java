package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.AppUser;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.security.UserLocale;
import java.io.Serializable;
import java.time.Instant;

/**
 * A user as the sign-in and the pages see it: no password hash leaves the service. {@code locale}
 * is null until the user chooses a language.
 */
public record Account(
    String username,
    String displayName,
    Role role,
    boolean enabled,
    UserLocale locale,
    Instant createdAt,
    Instant passwordChangedAt)
    implements Serializable {

  static Account of(AppUser u) {
    return new Account(
        u.username(),
        u.displayName(),
        u.role(),
        u.enabled(),
        u.locale() == null ? null : UserLocale.of(u.locale()),
        u.createdAt(),
        u.passwordChangedAt());
  }
}
