package dev.cxcrm.domain.playbook;

import dev.cxcrm.domain.shared.ImportantDateKind;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.RelationshipType;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * One proactive step of a relationship type's playbook: what to do (named in ja and en) and when
 * ({@link Trigger} and amount). A step no longer wanted is deactivated, not deleted: tasks refer to
 * it.
 */
@Entity
@Table(name = "playbook_step")
public class PlaybookStep extends Versioned {
  @Id
  @SequenceGenerator(
      name = "playbook_step_seq",
      sequenceName = "playbook_step_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "playbook_step_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship_type", nullable = false, length = 40)
  private RelationshipType relationshipType;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind", nullable = false, length = 30)
  private Trigger trigger;

  @Column(nullable = false)
  private int amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "date_kind", length = 30)
  private ImportantDateKind dateKind;

  @Column(name = "name_ja", nullable = false, length = 200)
  private String nameJa;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected PlaybookStep() {}

  /** A new step from a draft; refused with every broken rule. */
  public static PlaybookStep create(StepDraft d, String by, Instant now) {
    PlaybookStep s = new PlaybookStep();
    s.change(d, by, now);
    return s;
  }

  /** Takes every field of the draft; refused with every broken rule. */
  public void change(StepDraft d, String by, Instant now) {
    var errors = StepRules.check(d);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    relationshipType = d.relationshipType();
    trigger = d.trigger();
    amount = d.amount();
    dateKind = d.dateKind();
    nameJa = d.nameJa().strip();
    nameEn = d.nameEn().strip();
    active = d.active() == null || d.active();
    updatedBy = by;
    updatedAt = now;
  }

  public StepSchedule.Step schedule() {
    return new StepSchedule.Step(trigger, amount, dateKind);
  }

  /** The name in the user's language: English for {@code en}, Japanese otherwise. */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
  }

  public Long id() {
    return id;
  }

  public RelationshipType relationshipType() {
    return relationshipType;
  }

  public Trigger trigger() {
    return trigger;
  }

  public int amount() {
    return amount;
  }

  public ImportantDateKind dateKind() {
    return dateKind;
  }

  public String nameJa() {
    return nameJa;
  }

  public String nameEn() {
    return nameEn;
  }

  public boolean active() {
    return active;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
