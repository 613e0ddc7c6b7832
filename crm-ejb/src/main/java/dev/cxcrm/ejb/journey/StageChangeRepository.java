package dev.cxcrm.ejb.journey;

import dev.cxcrm.domain.journey.StageChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The customers' stage changes in the database: the chain each customer's history forms. */
@ApplicationScoped
public class StageChangeRepository {
  @PersistenceContext(unitName = "crm")
  EntityManager em;

  public void add(StageChange change) {
    em.persist(change);
  }

  /** Writes pending changes now, so that a lost race surfaces inside the use case. */
  public void flush() {
    em.flush();
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
