package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.Role;

/** What an administrator enters to create a user. */
public record NewUser(String username, String displayName, Role role, String initialPassword) {
  /** Never prints the password, should a record ever be logged. */
  @Override
  public String toString() {
    return "NewUser[" + username + ", " + role + "]";
  }
}
