package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
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
import java.util.ArrayList;
import java.util.List;

/**
 * An entry of the root-cause catalogue the business keeps: a named cause in one category, in
 * Japanese and English. Entries are deactivated rather than deleted, because resolved cases keep
 * naming them; a deactivated cause cannot be chosen for a new resolution.
 */
@Entity
@Table(name = "root_cause")
public class RootCause extends Versioned {
  public static final int NAME_MAX = 200;

  @Id
  @SequenceGenerator(name = "root_cause_seq", sequenceName = "root_cause_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "root_cause_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RootCauseCategory category;

  @Column(name = "name_ja", nullable = false, length = NAME_MAX)
  private String nameJa;

  @Column(name = "name_en", nullable = false, length = NAME_MAX)
  private String nameEn;

  @Column(nullable = false)
  private boolean active;

  protected RootCause() {}

  /** A new, active cause; {@link InvalidInput} names each missing or too long field. */
  public static RootCause create(RootCauseCategory category, String nameJa, String nameEn) {
    RootCause r = new RootCause();
    r.active = true;
    r.take(category, nameJa, nameEn);
    return r;
  }

  /** Renames, moves to another category, or (de)activates the cause. */
  public void edit(RootCauseCategory category, String nameJa, String nameEn, boolean active) {
    take(category, nameJa, nameEn);
    this.active = active;
  }

  private void take(RootCauseCategory category, String nameJa, String nameEn) {
    List<FieldError> errors = new ArrayList<>();
    if (category == null) {
      errors.add(FieldError.of("category", "validation.required", "This field is required."));
    }
    String ja = name("nameJa", nameJa, errors);
    String en = name("nameEn", nameEn, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    this.category = category;
    this.nameJa = ja;
    this.nameEn = en;
  }

  private static String name(String field, String value, List<FieldError> errors) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      errors.add(FieldError.of(field, "validation.required", "This field is required."));
    } else if (v.length() > NAME_MAX) {
      errors.add(FieldError.of(field, "validation.tooLong", "At most {0} characters.", NAME_MAX));
    }
    return v;
  }

  /** The name in the language asked for: Japanese unless English is asked for. */
  public String name(String language) {
    return "en".equals(language) ? nameEn : nameJa;
  }

  public Long id() {
    return id;
  }

  public RootCauseCategory category() {
    return category;
  }

  public String nameJa() {
    return nameJa;
  }

  public String nameEn() {
    return nameEn;
  }

  public boolean isActive() {
    return active;
  }
}
