package dev.cxcrm.domain.security;

import java.util.Objects;

/** Who performs a use case: a signed-in user or an API key, with the role it acts in. */
public record Actor(String name, Role role) {
  public Actor {
    Objects.requireNonNull(name);
    Objects.requireNonNull(role);
  }

  public boolean is(Role r) {
    return role == r;
  }
}
