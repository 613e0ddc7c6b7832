package dev.cxcrm.domain.customer;

import dev.cxcrm.domain.shared.ImportantDateKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** A date in the customer's life or contract that is a reason to get in touch. */
@Embeddable
public class ImportantDate {
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private ImportantDateKind kind;

  @Column(name = "on_date", nullable = false)
  private LocalDate date;

  @Column(name = "label", length = 200)
  private String label;

  protected ImportantDate() {}

  public ImportantDate(ImportantDateKind kind, LocalDate date, String label) {
    this.kind = kind;
    this.date = date;
    this.label = Text.clean(label);
  }

  public ImportantDateKind kind() {
    return kind;
  }

  public LocalDate date() {
    return date;
  }

  public String label() {
    return label;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportantDate d
        && kind == d.kind
        && Objects.equals(date, d.date)
        && Objects.equals(label, d.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, date, label);
  }

  @Override
  public String toString() {
    return kind + " " + date + (label == null ? "" : " " + label);
  }
}
