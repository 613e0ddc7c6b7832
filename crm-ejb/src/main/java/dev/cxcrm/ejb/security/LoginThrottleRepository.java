package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.LoginThrottle;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

/** The sign-in failure counts in the database, shared by every server. */
@ApplicationScoped
public class LoginThrottleRepository extends EntityRepository<LoginThrottle, String> {
  public LoginThrottleRepository() {
    super(LoginThrottle.class);
  }

  /** The subject's row, locked: the lock serialises concurrent failures across servers. */
  public Optional<LoginThrottle> findForUpdate(String subject) {
    return Optional.ofNullable(
        em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE));
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
