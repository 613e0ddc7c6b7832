package dev.cxcrm.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A record changed under optimistic locking: JPA raises the version with every change, a stale
 * write fails, and the API shows the version as the record's ETag.
 */
@MappedSuperclass
public abstract class Versioned {

  @Version
  @Column(nullable = false)
  private int version;

  public int version() {
    return version;
  }
}
