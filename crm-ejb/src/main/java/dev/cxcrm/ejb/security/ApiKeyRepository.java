package dev.cxcrm.ejb.security;

import dev.cxcrm.domain.security.ApiKey;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The API keys in the database. */
@ApplicationScoped
public class ApiKeyRepository extends EntityRepository<ApiKey, Long> {
  public ApiKeyRepository() {
    super(ApiKey.class);
  }

  /** Written at once, so that a second key of the same name fails inside the use case. */
  @Override
  public void add(ApiKey key) {
    em.persist(key);
    em.flush();
  }

  /** Newest first. */
  public List<ApiKey> all() {
    return em.createQuery(
            "select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
        .getResultList();
  }

  public Optional<ApiKey> findByName(String name) {
    return em.createQuery("select k from ApiKey k where k.name = :name", ApiKey.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public Optional<ApiKey> findActiveByHash(String hash) {
    return em.createQuery("select k from ApiKey k where k.keyHash = :hash", ApiKey.class)
        .setParameter("hash", hash)
        .getResultStream()
        .filter(ApiKey::active)
        .findFirst();
  }

  /**
   * Notes a use at {@code now} unless one after {@code stale} is noted: a conditional update, so
   * that concurrent requests on any server write it at most once.
   */
  public void noteUse(long id, Instant now, Instant stale) {
    em.createQuery(
            "update ApiKey k set k.lastUsedAt = :now where k.id = :id"
                + " and (k.lastUsedAt is null or k.lastUsedAt < :stale)")
        .setParameter("now", now)
        .setParameter("id", id)
        .setParameter("stale", stale)
        .executeUpdate();
  }
}
