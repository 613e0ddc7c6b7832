package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.ApiKey;
import dev.cxcrm.domain.security.Role;
import java.io.Serializable;
import java.time.Instant;

/** An API key as lists show it: never the secret, never its hash. */
public record ApiKeyView(
    long id,
    String name,
    Role role,
    Instant createdAt,
    String createdBy,
    Instant lastUsedAt,
    Instant revokedAt,
    String revokedBy)
    implements Serializable {

  static ApiKeyView of(ApiKey k) {
    return new ApiKeyView(
        k.id(),
        k.name(),
        k.role(),
        k.createdAt(),
        k.createdBy(),
        k.lastUsedAt().orElse(null),
        k.revokedAt().orElse(null),
        k.revokedBy().orElse(null));
  }

  public boolean active() {
    return revokedAt == null;
  }

  public String principalName() {
    return ApiKey.principalNameOf(name);
  }
}
