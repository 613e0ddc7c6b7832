package dev.cxcrm.domain.security;

import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in to the web UI. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends Versioned {
  @Id
  @Column(name = "username", length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  /** The language of the UI the user chose; null until they choose one. */
  @Column(name = "locale", length = 5)
  private String locale;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  protected AppUser() {}

  public AppUser(String username, String displayName, String passwordHash, Role role, Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.enabled = true;
    this.createdAt = now;
    this.passwordChangedAt = now;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public boolean enabled() {
    return enabled;
  }

  public String locale() {
    return locale;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  public void changeRole(Role newRole) {
    this.role = newRole;
  }

  public void enable(boolean on) {
    this.enabled = on;
  }

  public void changeLocale(String newLocale) {
    this.locale = newLocale;
  }

  public void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
  }
}
