package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * How the business serves customers of one relationship type: who does their proactive tasks. Its
 * steps ({@link PlaybookStep}) say what is due when. One per type, seeded by a migration and edited
 * by managers.
 */
@Entity
@Table(name = "playbook")
public class Playbook extends Versioned {
  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "relationship_type", length = 40)
  private RelationshipType relationshipType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Assignment assignment;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected Playbook() {}

  /** Dedicated customers must have a named owner (the customer rules require one). */
  public void assign(Assignment a, String by, Instant now) {
    this.assignment = Objects.requireNonNull(a);
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public RelationshipType relationshipType() {
    return relationshipType;
  }

  public Assignment assignment() {
    return assignment;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
