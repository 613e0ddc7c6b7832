package dev.cxcrm.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The customer's id in another system (web shop, help desk); unique per system across customers.
 */
@Embeddable
public class ExternalId {
  @Column(name = "system", nullable = false, length = 50)
  private String system;

  @Column(name = "external_id", nullable = false, length = 200)
  private String id;

  protected ExternalId() {}

  public ExternalId(String system, String id) {
    this.system = Text.clean(system);
    this.id = Text.clean(id);
  }

  public String system() {
    return system;
  }

  public String id() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExternalId e
        && Objects.equals(system, e.system)
        && Objects.equals(id, e.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(system, id);
  }

  @Override
  public String toString() {
    return system + ":" + id;
  }
}
