package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.Touchpoint;
import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.stream.Stream;

/** The touchpoint catalogue in the database, as entities the journey feature changes. */
@ApplicationScoped
public class TouchpointRepository extends EntityRepository<Touchpoint, Long> {
  /** More than any catalogue holds; a guard, not a page size. */
  private static final int CATALOGUE_MAX = 5000;

  public TouchpointRepository() {
    super(Touchpoint.class);
  }

  /** Written at once, so that the new id is known to the caller. */
  @Override
  public void add(Touchpoint t) {
    em.persist(t);
    em.flush();
  }

  /** The touchpoints in id order, of one stage when given, after {@code afterId} when given. */
  public Stream<Touchpoint> inIdOrder(JourneyStage stage, Long afterId) {
    StringBuilder jpql = new StringBuilder("select t from Touchpoint t where 1 = 1");
    if (stage != null) {
      jpql.append(" and t.stage = :stage");
    }
    if (afterId != null) {
      jpql.append(" and t.id > :after");
    }
    jpql.append(" order by t.id");
    TypedQuery<Touchpoint> q = em.createQuery(jpql.toString(), Touchpoint.class);
    if (stage != null) {
      q.setParameter("stage", stage);
    }
    if (afterId != null) {
      q.setParameter("after", afterId);
    }
    return q.getResultStream();
  }

  /** The whole catalogue in id order. */
  public Stream<Touchpoint> all() {
    return em.createQuery("select t from Touchpoint t order by t.id", Touchpoint.class)
        .setMaxResults(CATALOGUE_MAX)
        .getResultStream();
  }
}
