package dev.cxcrm.ejb.playbook;

import dev.cxcrm.domain.playbook.Playbook;
import dev.cxcrm.domain.playbook.PlaybookStep;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.ejb.shared.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The playbooks and their steps, as entities managers change. */
@ApplicationScoped
public class PlaybookRepository extends EntityRepository<PlaybookStep, Long> {
  public PlaybookRepository() {
    super(PlaybookStep.class);
  }

  /** Written at once, so that the new id is known to the caller. */
  @Override
  public void add(PlaybookStep s) {
    em.persist(s);
    em.flush();
  }

  /** The eight playbooks, in the order of the relationship types. */
  public List<Playbook> playbooks() {
    return em.createQuery("select p from Playbook p", Playbook.class).getResultList().stream()
        .sorted(java.util.Comparator.comparing(Playbook::relationshipType))
        .toList();
  }

  public Optional<Playbook> playbook(RelationshipType type) {
    return Optional.ofNullable(em.find(Playbook.class, type));
  }

  /** Every step, active or not, by type and id. */
  public List<PlaybookStep> steps() {
    return em.createQuery(
            "select s from PlaybookStep s order by s.relationshipType, s.id", PlaybookStep.class)
        .getResultList();
  }
}
