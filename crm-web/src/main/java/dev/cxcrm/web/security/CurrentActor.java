package dev.cxcrm.web.security;

import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Forbidden;
import dev.cxcrm.ejb.security.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The caller of this request, for passing into services: a signed-in user (name = user name) or an
 * API key (name = {@code apikey:<name>}), with the role it acts in. Pages use it as {@code
 * #{currentActor}}.
 */
@Named
@RequestScoped
public class CurrentActor {
  @Inject SecurityContext security;
  @Inject HttpServletRequest request;

  private Optional<Actor> actor;

  /** The caller; a {@link Forbidden} when nobody is signed in (never on protected paths). */
  public Actor actor() {
    return find().orElseThrow(() -> new Forbidden("Sign in first."));
  }

  public Optional<Actor> find() {
    if (actor == null) {
      actor = lookUp();
    }
    return actor;
  }

  private Optional<Actor> lookUp() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    return Stream.of(Role.ADMIN, Role.MANAGER, Role.AGENT)
        .filter(r -> security.isCallerInRole(r.name()))
        .findFirst()
        .map(r -> new Actor(principal.getName(), r));
  }

  public boolean isSignedIn() {
    return find().isPresent();
  }

  public boolean isAdmin() {
    return find().map(a -> a.is(Role.ADMIN)).orElse(false);
  }

  public String getName() {
    return find().map(Actor::name).orElse("");
  }

  public Role getRole() {
    return find().map(Actor::role).orElse(null);
  }

  /** The display name of a signed-in user; API keys and anonymous callers have none. */
  public String getDisplayName() {
    return account().map(Account::displayName).orElse(getName());
  }

  /** The signed-in user's account as read for this request, if the caller is a user. */
  public Optional<Account> account() {
    return request.getAttribute(CrmAuthenticationMechanism.ACCOUNT_ATTRIBUTE) instanceof Account a
        ? Optional.of(a)
        : Optional.empty();
  }
}
