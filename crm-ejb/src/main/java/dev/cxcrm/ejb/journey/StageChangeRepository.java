package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.StageChange;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.util.List;

/** The customers' stage changes in the database: the chain each customer's history forms. */
@ApplicationScoped
public class StageChangeRepository extends EntityRepository<StageChange, Long> {
  public StageChangeRepository() {
    super(StageChange.class);
  }

  /**
   * The customer's stage changes in the order of the chain, oldest first. Read without flushing the
   * customer's pending move, so that a lost race still surfaces at the flush after it.
   */
  public List<StageChange> chain(long customerId) {
    return em.createQuery(
            "select s from StageChange s where s.customerId = :id order by s.changedAt, s.id",
            StageChange.class)
        .setParameter("id", customerId)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  /** The customer's latest {@code max} stage changes, newest first. */
  public List<StageChange> latest(long customerId, int max) {
    return em.createQuery(
            "select s from StageChange s where s.customerId = :id"
                + " order by s.changedAt desc, s.id desc",
            StageChange.class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList();
  }
}
