package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.AppUser;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The user accounts in the database: the security feature's own home for them. */
@ApplicationScoped
public class UserRepository extends EntityRepository<AppUser, String> {
  public UserRepository() {
    super(AppUser.class);
  }

  /** Every account, by user name: the administration page. */
  public List<AppUser> all() {
    return em.createQuery("select u from AppUser u order by u.username", AppUser.class)
        .getResultList();
  }
}
