package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.ApiKey;
import dev.cxcrm.domain.security.ApiKeySecret;
import dev.cxcrm.domain.security.NamingRules;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** API keys: issued and revoked by administrators, presented by other systems on every call. */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class ApiKeys {
  private static final Logger LOG = Logger.getLogger(ApiKeys.class.getName());

  @Inject ApiKeyRepository keys;

  @RolesAllowed(Role.ADMIN_NAME)
  public IssuedApiKey issue(Actor by, String name, Role role) {
    NamingRules.checkKeyName("name", name);
    if (role == null) {
      throw InvalidInput.of("role", "role.required", "Choose a role.");
    }
    if (keys.findByName(name).isPresent()) {
      throw new Conflict("An API key named " + name + " already exists.");
    }
    String secret = ApiKeySecret.generate();
    ApiKey key = new ApiKey(name, role, ApiKeySecret.hash(secret), by.name(), Instant.now());
    keys.add(key);
    LOG.info(() -> by.name() + " issued API key " + name + " with role " + role);
    return new IssuedApiKey(ApiKeyView.of(key), secret);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public List<ApiKeyView> list() {
    return keys.all().stream().map(ApiKeyView::of).toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public ApiKeyView revoke(Actor by, long id) {
    ApiKey key = keys.find(id).orElseThrow(() -> new NotFound("API key " + id));
    key.revoke(by.name(), Instant.now());
    LOG.info(() -> by.name() + " revoked API key " + key.name());
    return ApiKeyView.of(key);
  }

  /**
   * The active key with this secret, if any. Notes the use at most once a minute per key: the
   * conditional update writes nothing when another request (on any server) noted it recently.
   */
  @PermitAll
  public Optional<ApiKeyView> authenticate(String secret) {
    if (!ApiKeySecret.looksLikeOne(secret)) {
      return Optional.empty();
    }
    Optional<ApiKey> found = keys.findActiveByHash(ApiKeySecret.hash(secret));
    found.ifPresent(this::noteUse);
    return found.map(ApiKeyView::of);
  }

  private void noteUse(ApiKey key) {
    Instant now = Instant.now();
    Instant stale = now.minus(ApiKey.LAST_USED_RESOLUTION);
    if (key.lastUsedAt().map(t -> t.isAfter(stale)).orElse(false)) {
      return;
    }
    keys.noteUse(key.id(), now, stale);
  }
}
