package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.AppUser;
import dev.cxcrm.domain.security.NamingRules;
import dev.cxcrm.domain.security.PasswordRules;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.security.UserName;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Administrators manage the people who sign in. An administrator cannot disable or demote
 * themselves: so the one acting always remains, and there is always an administrator left.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministration {
  private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

  @Inject UserRepository users;
  @Inject PasswordHashing hashing;

  public List<Account> list() {
    return users.all().stream().map(Account::of).toList();
  }

  public Account create(Actor by, NewUser draft) {
    NamingRules.checkUsername("username", draft.username());
    NamingRules.checkDisplayName("displayName", draft.displayName());
    if (draft.role() == null) {
      throw InvalidInput.of("role", "role.required", "Choose a role.");
    }
    PasswordRules.check("password", draft.initialPassword());
    if (users.find(draft.username()).isPresent()) {
      throw new Conflict("A user named " + draft.username() + " already exists.");
    }
    AppUser user =
        new AppUser(
            draft.username(),
            draft.displayName().strip(),
            hashing.hash(draft.initialPassword()),
            draft.role(),
            Instant.now());
    users.add(user);
    LOG.info(() -> by.name() + " created user " + draft.username() + " as " + draft.role());
    return Account.of(user);
  }

  public Account setEnabled(Actor by, UserName username, boolean enabled) {
    AppUser user = find(username);
    if (!enabled && isSelf(by, user)) {
      throw new Forbidden("You cannot disable your own account.");
    }
    user.enable(enabled);
    LOG.info(() -> by.name() + (enabled ? " enabled" : " disabled") + " user " + username);
    return Account.of(user);
  }

  public Account changeRole(Actor by, UserName username, Role role) {
    if (role == null) {
      throw InvalidInput.of("role", "role.required", "Choose a role.");
    }
    AppUser user = find(username);
    if (isSelf(by, user) && role != Role.ADMIN) {
      throw new Forbidden("You cannot take the administrator role from yourself.");
    }
    user.changeRole(role);
    LOG.info(() -> by.name() + " gave user " + username + " the role " + role);
    return Account.of(user);
  }

  /**
   * Signs the user out everywhere: sessions older than the new password end on their next request.
   */
  public Account resetPassword(Actor by, UserName username, String newPassword) {
    PasswordRules.check("password", newPassword);
    AppUser user = find(username);
    user.changePassword(hashing.hash(newPassword), Instant.now());
    LOG.info(() -> by.name() + " reset the password of user " + username);
    return Account.of(user);
  }

  private AppUser find(UserName username) {
    return users.find(username.value()).orElseThrow(() -> new NotFound("User " + username));
  }

  private static boolean isSelf(Actor by, AppUser user) {
    return by.name().equals(user.username());
  }
}
