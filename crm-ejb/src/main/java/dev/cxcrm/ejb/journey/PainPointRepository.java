package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.PainPoint;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pain points in the database, and the customers and cases they may link to. */
@ApplicationScoped
public class PainPointRepository extends EntityRepository<PainPoint, Long> {
  public PainPointRepository() {
    super(PainPoint.class);
  }

  /**
   * One page in score order (then id, both descending), one more than {@code limit} to tell whether
   * a next page exists. The links of the whole page come in one query per collection (EclipseLink
   * batch reading), not one per pain point.
   */
  public List<PainPoint> page(PainPointFilter f, PainPointCursor after) {
    StringBuilder jpql = new StringBuilder("select p from PainPoint p where 1 = 1");
    if (f.touchpointId() != null) {
      jpql.append(" and p.touchpointId = :tp");
    }
    if (f.status() != null) {
      jpql.append(" and p.status = :st");
    }
    if (after != null) {
      jpql.append(" and (p.score < :s or (p.score = :s and p.id < :id))");
    }
    jpql.append(" order by p.score desc, p.id desc");
    TypedQuery<PainPoint> q = em.createQuery(jpql.toString(), PainPoint.class);
    if (f.touchpointId() != null) {
      q.setParameter("tp", f.touchpointId());
    }
    if (f.status() != null) {
      q.setParameter("st", f.status());
    }
    if (after != null) {
      q.setParameter("s", after.score()).setParameter("id", after.id());
    }
    return q.setMaxResults(f.limit() + 1)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.customerIds")
        .setHint("eclipselink.batch", "p.caseIds")
        .getResultList();
  }

  /** Of {@code ids}, the customers that exist and are not archived. */
  public Set<Long> activeCustomers(Collection<Long> ids) {
    return existing("select id from shared_customer where archived_at is null and id in ", ids);
  }

  /** Of {@code ids}, the cases that exist. */
  public Set<Long> existingCases(Collection<Long> ids) {
    return existing("select id from shared_service_case where id in ", ids);
  }

  private Set<Long> existing(String sqlPrefix, Collection<Long> ids) {
    Set<Long> found = new HashSet<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (Object o : nativeIn(sqlPrefix, ids)) {
      found.add(((Number) o).longValue());
    }
    return found;
  }

  /** Names of the given customers (archived ones too: a link outlives an archive). */
  public PainPointLinks links(Collection<Long> customerIds, Collection<Long> caseIds) {
    Map<Long, String> customers = new LinkedHashMap<>();
    if (!customerIds.isEmpty()) {
      for (Object row :
          nativeIn("select id, name from shared_customer where id in ", customerIds)) {
        Object[] r = (Object[]) row;
        customers.put(((Number) r[0]).longValue(), (String) r[1]);
      }
    }
    Map<Long, PainPointLinks.LinkedCase> cases = new LinkedHashMap<>();
    if (!caseIds.isEmpty()) {
      for (Object row :
          nativeIn("select id, subject, status from shared_service_case where id in ", caseIds)) {
        Object[] r = (Object[]) row;
        long id = ((Number) r[0]).longValue();
        cases.put(id, new PainPointLinks.LinkedCase(id, (String) r[1], (String) r[2]));
      }
    }
    return new PainPointLinks(customers, cases);
  }

  private List<?> nativeIn(String sqlPrefix, Collection<Long> ids) {
    var q = em.createNativeQuery(sqlPrefix + placeholders(ids.size()));
    int i = 1;
    for (Long id : ids) {
      q.setParameter(i++, id);
    }
    return q.getResultList();
  }

  private static String placeholders(int n) {
    return "(" + "?,".repeat(n - 1) + "?)";
  }
}
