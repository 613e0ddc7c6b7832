package dev.cxcrm.ejb.shared.idempotency;

import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which resource a keyed request created, in the same transaction as the creation, so a
 * replay after a lost answer returns the first result and never creates a second record.
 */
@ApplicationScoped
public class IdempotencyRepository {
  private static final int KEY_MAX = 200;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  /**
   * The id created by the first request with this key, if any; a different body under the same key
   * is refused.
   */
  public Optional<Long> replay(String caller, String key, String requestHash) {
    check(key);
    IdempotencyRecord r = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
    if (r == null) {
      return Optional.empty();
    }
    if (!r.requestHash().equals(requestHash)) {
      throw new Conflict("This Idempotency-Key was already used for a different request.");
    }
    return Optional.of(r.resourceId());
  }

  public void remember(
      String caller, String key, String requestHash, long resourceId, Instant now) {
    try {
      em.persist(new IdempotencyRecord(caller, key, requestHash, resourceId, now));
      em.flush();
    } catch (PersistenceException e) {
      throw new Conflict(
          "A request with this Idempotency-Key is being processed; repeat it in a moment.");
    }
  }

  private static void check(String key) {
    if (key.isBlank() || key.length() > KEY_MAX) {
      throw InvalidInput.of(
          "Idempotency-Key",
          "validation.idempotencyKey",
          "The Idempotency-Key header must have 1 to {0} characters.",
          KEY_MAX);
    }
  }
}
