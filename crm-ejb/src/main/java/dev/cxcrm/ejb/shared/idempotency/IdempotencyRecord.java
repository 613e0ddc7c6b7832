package dev.cxcrm.ejb.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first answer to a request sent with an {@code Idempotency-Key}, kept for its replays. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {
  /**
   * Keys are per caller: two systems may choose the same key without seeing each other's result.
   */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String caller;
    String idemKey;

    public Key() {}

    Key(String caller, String idemKey) {
      this.caller = caller;
      this.idemKey = idemKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(caller, k.caller)
          && Objects.equals(idemKey, k.idemKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caller, idemKey);
    }
  }

  @Id
  @Column(name = "caller", length = 100)
  private String caller;

  @Id
  @Column(name = "idem_key", length = 200)
  private String idemKey;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "resource_id", nullable = false)
  private Long resourceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(
      String caller, String idemKey, String requestHash, long resourceId, Instant now) {
    this.caller = caller;
    this.idemKey = idemKey;
    this.requestHash = requestHash;
    this.resourceId = resourceId;
    this.createdAt = now;
  }

  public String requestHash() {
    return requestHash;
  }

  public long resourceId() {
    return resourceId;
  }
}
