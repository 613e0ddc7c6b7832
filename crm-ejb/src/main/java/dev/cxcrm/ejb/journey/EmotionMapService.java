package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.EmotionCell;
import dev.cxcrm.domain.journey.EmotionCounts;
import dev.cxcrm.domain.journey.EmotionMap;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
  @Inject EmotionMapTouchpoints touchpoints;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

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
    EmotionMap map = EmotionMap.of(cells(q), catalogue);
    return new EmotionMapResult(q, map, all, openPainPoints());
  }

  /**
   * One row per stage and touchpoint with interactions in the period. The period is a range on
   * {@code occurred_at} (whole days in the business's zone, end exclusive), read index-only from
   * {@code interaction_emotion_map_idx} (V3_16), which carries every column the query needs.
   */
  private List<EmotionCell> cells(EmotionMapQuery q) {
    StringBuilder sql =
        new StringBuilder(
            "select i.stage, i.touchpoint_id, count(*),"
                + " count(case when i.emotion = -2 then 1 end),"
                + " count(case when i.emotion = -1 then 1 end),"
                + " count(case when i.emotion = 0 then 1 end),"
                + " count(case when i.emotion = 1 then 1 end),"
                + " count(case when i.emotion = 2 then 1 end)"
                + " from interaction i");
    List<Object> params = new ArrayList<>();
    if (q.relationshipType() != null) {
      sql.append(" join customer c on c.id = i.customer_id and c.relationship_type = ?");
      params.add(q.relationshipType().name());
    }
    sql.append(" where i.occurred_at >= ? and i.occurred_at < ?");
    params.add(startOf(q.from()));
    params.add(startOf(q.to().plusDays(1)));
    if (q.channel() != null) {
      sql.append(" and i.channel = ?");
      params.add(q.channel().name());
    }
    if (q.segment() != null) {
      sql.append(
          " and exists (select 1 from customer_segment s where s.customer_id = i.customer_id"
              + " and s.label = ?)");
      params.add(q.segment());
    }
    sql.append(" group by i.stage, i.touchpoint_id");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    List<EmotionCell> cells = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      cells.add(
          new EmotionCell(
              r[0] == null ? null : JourneyStage.valueOf((String) r[0]),
              r[1] == null ? null : ((Number) r[1]).longValue(),
              n(r[2]),
              new EmotionCounts(n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]))));
    }
    return cells;
  }

  /** Open pain points per touchpoint: the markers on the map. */
  private Map<Long, Long> openPainPoints() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select touchpoint_id, count(*) from pain_point where status = 'OPEN'"
                    + " group by touchpoint_id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(n(r[0]), n(r[1]));
    }
    return counts;
  }

  private OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(time.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }
}
