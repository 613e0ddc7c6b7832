package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** The sign-in failure counts in the database, shared by every server. */
@ApplicationScoped
public class LoginThrottleRepository {
  @PersistenceContext(unitName = "crm")
  EntityManager em;

  public Optional<LoginThrottle> find(String subject) {
    return Optional.ofNullable(em.find(LoginThrottle.class, subject));
  }

  /** The subject's row, locked: the lock serialises concurrent failures across servers. */
  public Optional<LoginThrottle> findForUpdate(String subject) {
    return Optional.ofNullable(
        em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(LoginThrottle t) {
    em.persist(t);
  }

  public void remove(LoginThrottle t) {
    em.remove(t);
  }

  public void removeFailedBefore(Instant cutoff) {
    em.createQuery("delete from LoginThrottle t where t.lastFailureAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
