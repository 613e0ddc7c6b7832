package dev.cxcrm.domain.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who created, changed (which fields, old and new) or archived a customer, and when. Never edited.
 */
@Entity
@Table(name = "customer_audit")
public class AuditEntry {
  public enum Action {
    CREATED,
    UPDATED,
    ARCHIVED
  }

  /** One changed field as stored; mirrors {@link FieldChange}. */
  @Embeddable
  public static class Change {
    @Column(name = "field", nullable = false, length = 60)
    private String field;

    @Column(name = "old_value", length = 4000)
    private String oldValue;

    @Column(name = "new_value", length = 4000)
    private String newValue;

    protected Change() {}

    Change(FieldChange c) {
      field = c.field();
      oldValue = clip(c.oldValue());
      newValue = clip(c.newValue());
    }

    private static String clip(String s) {
      return s == null || s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
    }

    public String field() {
      return field;
    }

    public String oldValue() {
      return oldValue;
    }

    public String newValue() {
      return newValue;
    }
  }

  @Id
  @SequenceGenerator(
      name = "customer_audit_seq",
      sequenceName = "customer_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_audit_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 20)
  private Action action;

  @ElementCollection
  @CollectionTable(name = "customer_audit_change", joinColumns = @JoinColumn(name = "audit_id"))
  @OrderColumn(name = "position")
  private List<Change> changes = new ArrayList<>();

  protected AuditEntry() {}

  public AuditEntry(
      Long customerId, Action action, String actor, Instant at, List<FieldChange> changes) {
    this.customerId = customerId;
    this.action = action;
    this.actor = actor;
    this.at = at;
    changes.forEach(c -> this.changes.add(new Change(c)));
  }

  public Long id() {
    return id;
  }

  public Long customerId() {
    return customerId;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public Action action() {
    return action;
  }

  public List<Change> changes() {
    return java.util.Collections.unmodifiableList(changes);
  }
}
