package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.EmotionCell;
import dev.cxcrm.domain.journey.EmotionCounts;
import dev.cxcrm.domain.journey.FunnelFigures;
import dev.cxcrm.domain.shared.JourneyStage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The journey feature's aggregate reads: the funnel's counts ({@link FunnelQueries}) and the
 * emotion map's cells and pain point markers. Aggregates over many rows are SQL, never entities.
 */
@ApplicationScoped
public class JourneyQueries {
  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Resource(lookup = "java:app/jdbc/crm")
  DataSource dataSource;

  /**
   * The funnel's counts for [start, end) over the customers with the segment label and relationship
   * type when given ({@code null}: all).
   */
  public FunnelFigures funnel(
      String segment, String relationshipType, Instant start, Instant end, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      return new FunnelQueries(c, segment, relationshipType).figures(start, end, now);
    } catch (SQLException e) {
      throw new IllegalStateException("Counting the funnel failed", e);
    }
  }

  /**
   * One row per stage and touchpoint with interactions in the period. The period is a range on
   * {@code occurred_at} (whole days in the business's zone, end exclusive), read index-only from
   * {@code interaction_emotion_map_idx} (V3_16), which carries every column the query needs.
   */
  public List<EmotionCell> emotionCells(EmotionMapQuery q, ZoneId zone) {
    StringBuilder sql =
        new StringBuilder(
            "select i.stage, i.touchpoint_id, count(*),"
                + " count(case when i.emotion = -2 then 1 end),"
                + " count(case when i.emotion = -1 then 1 end),"
                + " count(case when i.emotion = 0 then 1 end),"
                + " count(case when i.emotion = 1 then 1 end),"
                + " count(case when i.emotion = 2 then 1 end)"
                + " from shared_interaction i");
    List<Object> params = new ArrayList<>();
    if (q.relationshipType() != null) {
      sql.append(" join shared_customer c on c.id = i.customer_id and c.relationship_type = ?");
      params.add(q.relationshipType().name());
    }
    sql.append(" where i.occurred_at >= ? and i.occurred_at < ?");
    params.add(startOf(q.from(), zone));
    params.add(startOf(q.to().plusDays(1), zone));
    if (q.channel() != null) {
      sql.append(" and i.channel = ?");
      params.add(q.channel().name());
    }
    if (q.segment() != null) {
      sql.append(
          " and exists (select 1 from shared_customer_segment s where s.customer_id = i.customer_id"
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
  public Map<Long, Long> openPainPoints() {
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

  private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }
}
