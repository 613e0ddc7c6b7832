package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The user accounts in the database: the security feature's own home for them. */
@ApplicationScoped
public class UserRepository {
  @PersistenceContext(unitName = "crm")
  EntityManager em;

  public Optional<AppUser> find(String username) {
    return username == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(AppUser.class, username));
  }

  public void add(AppUser user) {
    em.persist(user);
  }

  /** Every account, by user name: the administration page. */
  public List<AppUser> all() {
    return em.createQuery("select u from AppUser u order by u.username", AppUser.class)
        .getResultList();
  }
}
