package dev.cxcrm.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** Who created a record and when: set once with the record, never changed. */
@Embeddable
public class Created {
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "created_by", nullable = false, updatable = false, length = 100)
  private String by;

  protected Created() {}

  public Created(String by, Instant at) {
    this.by = Objects.requireNonNull(by);
    this.at = Objects.requireNonNull(at);
  }

  public Instant at() {
    return at;
  }

  public String by() {
    return by;
  }
}
