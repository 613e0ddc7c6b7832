package dev.cxcrm.ejb.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What other features may read about users: who exists (owners and agents must be users) and whom a
 * record can be given to. They read it here, never from the user table.
 */
@ApplicationScoped
public class UserQueries {
  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  /** The enabled users by display name, then user name: the owner choices of forms and filters. */
  public List<Account> enabled() {
    return em.createQuery(
            "select u from AppUser u where u.enabled = true order by u.displayName, u.username",
            dev.cxcrm.domain.security.AppUser.class)
        .getResultStream()
        .map(Account::of)
        .toList();
  }

  public boolean exists(String username) {
    return username != null && !existing(List.of(username)).isEmpty();
  }

  /** Which of these names are users (enabled or not), in one query per thousand names. */
  public Set<String> existing(Collection<String> usernames) {
    List<String> names = usernames.stream().filter(n -> n != null).distinct().toList();
    Set<String> known = new HashSet<>();
    for (int from = 0; from < names.size(); from += CHUNK) {
      known.addAll(
          em.createQuery("select u.username from AppUser u where u.username in :n", String.class)
              .setParameter("n", names.subList(from, Math.min(names.size(), from + CHUNK)))
              .getResultList());
    }
    return known;
  }
}
