package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.RootCause;
import dev.cxcrm.domain.interaction.RootCauseCategory;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.StaleVersion;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;

/**
 * The root-cause catalogue the business keeps: every user reads it (to resolve cases), managers and
 * admins add, rename, recategorise and deactivate entries. Entries are never deleted, because
 * resolved cases name them.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class RootCauses {
  @Inject CaseRepository repository;

  /** All entries, active and not, by category and name. */
  public List<RootCause> all() {
    return repository.rootCauses();
  }

  public RootCause get(long id) {
    return repository.rootCause(id).orElseThrow(() -> new NotFound("Root cause " + id));
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public RootCause create(RootCauseCategory category, String nameJa, String nameEn) {
    RootCause r = RootCause.create(category, nameJa, nameEn);
    repository.add(r);
    repository.flush();
    return r;
  }

  /** Replaces the entry read in {@code version} (null: whatever version it has now). */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public RootCause edit(
      long id,
      Integer version,
      RootCauseCategory category,
      String nameJa,
      String nameEn,
      boolean active) {
    RootCause r = get(id);
    if (version != null && r.version() != version) {
      throw new StaleVersion();
    }
    r.edit(category, nameJa, nameEn, active);
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersion();
    }
    return r;
  }
}
