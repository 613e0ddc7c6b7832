package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.Touchpoint;
import dev.cxcrm.domain.journey.TouchpointDraft;
import dev.cxcrm.domain.journey.TouchpointRules;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.domain.shared.Page;
import dev.cxcrm.domain.shared.StaleVersion;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;

/**
 * The touchpoint catalogue: every member of staff reads it (to log an interaction at a touchpoint),
 * managers and admins keep it. Changes name the version they were made on.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class TouchpointService {
  public static final int LIMIT_MAX = 500;
  public static final int LIMIT_DEFAULT = 100;

  @Inject TimeSource time;

  @Inject TouchpointRepository touchpoints;

  public Touchpoint get(long id) {
    return touchpoints.find(id).orElseThrow(() -> new NotFound("Touchpoint " + id));
  }

  /**
   * One page of the catalogue in id order, optionally of one stage and only active or inactive
   * ones; {@code afterId} is the last id of the previous page.
   */
  public Page<Touchpoint> list(JourneyStage stage, Boolean active, Long afterId, int limit) {
    if (limit < 1 || limit > LIMIT_MAX) {
      throw InvalidInput.of("limit", "validation.limit", "Between 1 and {0}.", LIMIT_MAX);
    }
    // The active filter is applied here, not in SQL: EclipseLink binds a boolean as 0/1 on H2,
    // which H2 2 refuses to compare with a BOOLEAN column (eclipse-ee4j/eclipselink#1578). The
    // catalogue is a few hundred rows, read in id order, so this costs nothing measurable.
    List<Touchpoint> rows =
        touchpoints
            .inIdOrder(stage, afterId)
            .filter(t -> active == null || t.active() == active)
            .limit(limit + 1L)
            .toList();
    return Page.of(rows, limit, last -> String.valueOf(last.id()));
  }

  /** The whole catalogue in journey order, then by id: what the admin page and pickers show. */
  public List<Touchpoint> catalogue() {
    return touchpoints
        .all()
        .sorted(java.util.Comparator.comparing((Touchpoint t) -> t.stage().ordinal()))
        .toList();
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Touchpoint create(TouchpointDraft draft) {
    TouchpointRules.check(draft);
    Touchpoint t = Touchpoint.create(draft, time.now());
    touchpoints.add(t);
    return t;
  }

  /** Replaces the touchpoint's data; {@code expectedVersion} is the version the caller read. */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Touchpoint update(long id, int expectedVersion, TouchpointDraft draft) {
    Touchpoint t = get(id);
    if (t.version() != expectedVersion) {
      throw new StaleVersion();
    }
    TouchpointRules.check(draft);
    if (t.update(draft, time.now())) {
      try {
        touchpoints.flush();
      } catch (OptimisticLockException e) {
        throw new StaleVersion();
      }
    }
    return t;
  }
}
