package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.EmotionMap;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emotional journey map: per stage and touchpoint, the interactions of a period, how many
 * carried an emotion and how those emotions spread. One aggregate query over the interactions of
 * the period (see docs/decisions/0007-emotion-map-and-pain-points.md); every member of staff may
 * read it.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class EmotionMapService {
  @Inject TimeSource time;
  @Inject TouchpointQueries touchpoints;
  @Inject JourneyQueries queries;

  /** The query with its defaults filled in, as the page and the API show it. */
  public EmotionMapQuery completed(EmotionMapQuery q) {
    return q.completed(time.today());
  }

  public EmotionMapResult map(EmotionMapQuery asked) {
    EmotionMapQuery q = completed(asked);
    Map<Long, EmotionMapTouchpoint> all = touchpoints.all();
    Map<Long, JourneyStage> catalogue = new LinkedHashMap<>();
    all.values().stream()
        .filter(EmotionMapTouchpoint::active)
        .forEach(t -> catalogue.put(t.id(), t.stage()));
    EmotionMap map = EmotionMap.of(queries.emotionCells(q, time.zone()), catalogue);
    return new EmotionMapResult(q, map, all, queries.openPainPoints());
  }
}
