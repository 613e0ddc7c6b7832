package dev.cxcrm.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A secret with which another system calls the API in one role. Only the SHA-256 hash of the secret
 * is kept: whoever reads the database cannot call the API. A revoked key stays for the record.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {
  /** A key is "in use" at this resolution; a finer one would cost a write per request. */
  public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  @Id
  @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
  private Long id;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  protected ApiKey() {}

  public ApiKey(String name, Role role, String keyHash, String createdBy, Instant now) {
    this.name = name;
    this.role = role;
    this.keyHash = keyHash;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Role role() {
    return role;
  }

  public String keyHash() {
    return keyHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public boolean active() {
    return revokedAt == null;
  }

  /**
   * The name under which the key appears as a caller (audit trails, owners): {@code apikey:<name>}.
   */
  public String principalName() {
    return principalNameOf(name);
  }

  public static String principalNameOf(String keyName) {
    return "apikey:" + keyName;
  }

  /** Revoking twice keeps the first revocation: who and when stay true. */
  public void revoke(String by, Instant now) {
    if (revokedAt == null) {
      this.revokedAt = now;
      this.revokedBy = by;
    }
  }
}
