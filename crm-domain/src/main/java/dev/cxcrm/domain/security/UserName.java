package dev.cxcrm.domain.security;

import dev.cxcrm.domain.shared.NotFound;

/**
 * Who a user is: the name they sign in with, as {@link NamingRules} allows it (3 to 50 lowercase
 * letters, digits, '.', '_' or '-'). An owner, an agent or an account named by another feature is
 * one of these; an API key's principal ({@code apikey:<name>}) is not. Prints as the bare name.
 */
public record UserName(String value) {
  public UserName {
    if (!NamingRules.isUsername(value)) {
      throw new IllegalArgumentException("Not a user name: " + value);
    }
  }

  /**
   * The name a client asked for. One that no user can have names no user, so it is not found,
   * exactly like an unknown one, rather than a malformed request.
   */
  public static UserName lookup(String value) {
    if (!NamingRules.isUsername(value)) {
      throw new NotFound("User " + value);
    }
    return new UserName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
