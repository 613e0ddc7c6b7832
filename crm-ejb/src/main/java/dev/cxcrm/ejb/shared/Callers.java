package dev.cxcrm.ejb.shared;

import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import jakarta.ejb.EJBContext;

/**
 * The caller of a use case as the container authenticated it; never taken from the request body.
 */
public final class Callers {
  private Callers() {}

  public static Actor of(EJBContext ctx) {
    String name = ctx.getCallerPrincipal().getName();
    for (Role r : Role.values()) {
      if (ctx.isCallerInRole(r.name())) {
        return new Actor(name, r);
      }
    }
    throw new IllegalStateException("The caller has none of the roles ADMIN, MANAGER, AGENT.");
  }
}
