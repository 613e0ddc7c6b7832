package dev.cxcrm.ejb.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What every feature's repository does with its own entity: find it by id, add a new one, and write
 * pending changes now. A feature's {@code XRepository} extends it and adds its own queries.
 *
 * @param <T> the entity
 * @param <K> its id
 */
public abstract class EntityRepository<T, K> {
  @PersistenceContext(unitName = "crm")
  protected EntityManager em;

  private final Class<T> type;

  protected EntityRepository(Class<T> type) {
    this.type = type;
  }

  public Optional<T> find(K id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
  }

  public void add(T entity) {
    em.persist(entity);
  }

  /**
   * Writes pending changes now, so that a version conflict, a duplicate or a lost race surfaces
   * inside the use case that caused it rather than at the commit.
   */
  public void flush() {
    em.flush();
  }
}
