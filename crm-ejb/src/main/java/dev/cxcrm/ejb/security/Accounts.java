package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.AppUser;
import dev.cxcrm.domain.security.PasswordRules;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.security.UserLocale;
import dev.cxcrm.domain.security.UserName;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Signing in with a password, and what a signed-in user may change about their own account. */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class Accounts {
  @Inject UserRepository users;
  @Inject PasswordHashing hashing;
  @Resource SessionContext session;

  /**
   * The account, when the name and password match an enabled user. The name is what someone typed,
   * not yet a {@link UserName}: a malformed one is just another unknown name. An unknown name, a
   * wrong password and a disabled account give the same empty answer after the same work (one
   * PBKDF2 check), so that neither the answer nor its timing says whether the account exists.
   */
  @PermitAll
  public Optional<Account> verify(String username, String password) {
    if (username == null || password == null || password.length() > 1000) {
      return Optional.empty();
    }
    AppUser user = users.find(username).orElse(null);
    if (user == null) {
      hashing.matchesDecoy(password);
      return Optional.empty();
    }
    boolean matches = hashing.matches(password, user.passwordHash());
    return matches && user.enabled() ? Optional.of(Account.of(user)) : Optional.empty();
  }

  /**
   * The account if it may still use the application; checked on every page so that a disable acts
   * at once.
   */
  @PermitAll
  public Optional<Account> active(UserName username) {
    AppUser user = users.find(username.value()).orElse(null);
    return user != null && user.enabled() ? Optional.of(Account.of(user)) : Optional.empty();
  }

  /** The signed-in user chooses the language of the UI. */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
  public void changeOwnLocale(UserLocale locale) {
    String me = session.getCallerPrincipal().getName();
    AppUser user = users.find(me).orElseThrow(() -> new NotFound("User " + me));
    user.changeLocale(locale.tag());
  }

  /**
   * At sign-in: the language the user signs in with becomes theirs when they have none yet; the
   * language of the session is returned, the saved one when there is one.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
  public UserLocale keepFirstLocale(UserLocale signedInWith) {
    String me = session.getCallerPrincipal().getName();
    AppUser user = users.find(me).orElseThrow(() -> new NotFound("User " + me));
    if (user.locale() == null) {
      user.changeLocale(signedInWith.tag());
    }
    return UserLocale.of(user.locale());
  }

  /**
   * The signed-in user replaces their own password, proving it with the current one (a wrong one is
   * an {@link InvalidInput} on {@code currentPassword}; the caller counts it against the sign-in
   * throttle). Sessions that signed in before now end on their next request; the returned account's
   * {@code passwordChangedAt} is the moment the caller's own session must carry to stay signed in.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
  public Account changeOwnPassword(String currentPassword, String newPassword) {
    String me = session.getCallerPrincipal().getName();
    if (verify(me, currentPassword).isEmpty()) {
      throw InvalidInput.of(
          "currentPassword", "password.wrong", "The current password is not correct.");
    }
    PasswordRules.check("newPassword", newPassword);
    AppUser user = users.find(me).orElseThrow(() -> new NotFound("User " + me));
    // Microseconds, as the database keeps them: the session compares its time with this value.
    user.changePassword(hashing.hash(newPassword), Instant.now().truncatedTo(ChronoUnit.MICROS));
    return Account.of(user);
  }
}
