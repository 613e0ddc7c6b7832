package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.JourneyStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the touchpoint catalogue with SQL: the journey feature owns the touchpoint entity; the map,
 * the pain points and other features (interactions) only need names, stages and channels, and read
 * them here. The catalogue is small (dozens of rows), so it is read whole, in stage order and then
 * by id (the order the business created them).
 */
@ApplicationScoped
public class TouchpointQueries {
  @PersistenceContext(unitName = "crm")
  EntityManager em;

  /** Every touchpoint, active or not, by id in display order. */
  public Map<Long, EmotionMapTouchpoint> all() {
    List<?> rows =
        em.createNativeQuery(
                "select id, name_ja, name_en, stage, channel, active from touchpoint"
                    + " order by case stage when 'AWARENESS' then 1 when 'CONSIDERATION' then 2"
                    + " when 'PURCHASE' then 3 when 'SERVICE' then 4 else 5 end, id")
            .getResultList();
    Map<Long, EmotionMapTouchpoint> all = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      long id = ((Number) r[0]).longValue();
      all.put(
          id,
          new EmotionMapTouchpoint(
              id,
              (String) r[1],
              (String) r[2],
              JourneyStage.valueOf((String) r[3]),
              Channel.valueOf((String) r[4]),
              Boolean.TRUE.equals(r[5])));
    }
    return all;
  }

  /** The touchpoints with these ids that exist, active or not. */
  public Map<Long, EmotionMapTouchpoint> find(Collection<Long> ids) {
    Map<Long, EmotionMapTouchpoint> found = new LinkedHashMap<>(all());
    found.keySet().retainAll(new HashSet<>(ids));
    return found;
  }

  public boolean exists(long id) {
    return !em.createNativeQuery("select 1 from touchpoint where id = ?")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }
}
