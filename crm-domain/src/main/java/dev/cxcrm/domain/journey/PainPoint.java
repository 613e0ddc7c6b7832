package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.Created;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A problem at a touchpoint: what hurts, how strongly (severity 1-5), whom (linked customers, or an
 * entered count) and which cases show it. The aggregate keeps its priority score in step with every
 * change, so that the list is read in score order from an index.
 */
@Entity
@Table(name = "pain_point")
public class PainPoint extends Versioned {
  @Id
  @SequenceGenerator(name = "pain_point_seq", sequenceName = "pain_point_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pain_point_seq")
  private Long id;

  /** A touchpoint of the catalogue, by id: the journey feature owns touchpoints. */
  @Column(name = "touchpoint_id", nullable = false)
  private long touchpointId;

  @Column(nullable = false, length = PainPointRules.TITLE_MAX)
  private String title;

  @Column(length = PainPointRules.DESCRIPTION_MAX)
  private String description;

  @Column(nullable = false)
  private int severity;

  /** The estimate used while no customer is linked. */
  @Column(name = "affected_count", nullable = false)
  private int affectedCount;

  /** Derived: linked customers if any, else {@link #affectedCount}. */
  @Column(name = "affected_customers", nullable = false)
  private long affectedCustomers;

  /** Derived: {@link #affectedCustomers} × {@link #severity}; the list is ordered by it. */
  @Column(nullable = false)
  private long score;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PainPointStatus status;

  @ElementCollection
  @CollectionTable(name = "pain_point_customer", joinColumns = @JoinColumn(name = "pain_point_id"))
  @Column(name = "customer_id", nullable = false)
  private Set<Long> customerIds = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "pain_point_case", joinColumns = @JoinColumn(name = "pain_point_id"))
  @Column(name = "case_id", nullable = false)
  private Set<Long> caseIds = new TreeSet<>();

  @Embedded private Created created;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected PainPoint() {}

  /** A new pain point from a draft that {@link PainPointRules#check} accepted. */
  public static PainPoint create(PainPointDraft checked, String by, Instant now) {
    PainPoint p = new PainPoint();
    p.created = new Created(by, now);
    p.apply(checked, by, now);
    return p;
  }

  /** Replaces what people edit; links stay. Returns whether anything changed. */
  public boolean update(PainPointDraft checked, String by, Instant now) {
    boolean changed =
        touchpointId != checked.touchpointId()
            || !Objects.equals(title, checked.title())
            || !Objects.equals(description, checked.description())
            || severity != checked.severity()
            || affectedCount != checked.affectedCount()
            || status != checked.status();
    if (changed) {
      apply(checked, by, now);
    }
    return changed;
  }

  private void apply(PainPointDraft d, String by, Instant now) {
    touchpointId = d.touchpointId();
    title = d.title();
    description = d.description();
    severity = d.severity();
    affectedCount = d.affectedCount();
    status = d.status();
    touched(by, now);
  }

  /** Links customers (already checked to exist); returns whether any was new. */
  public boolean linkCustomers(Collection<Long> ids, String by, Instant now) {
    return touchedIf(customerIds.addAll(ids), by, now);
  }

  public boolean unlinkCustomer(long customerId, String by, Instant now) {
    return touchedIf(customerIds.remove(customerId), by, now);
  }

  /** Links cases (already checked to exist); returns whether any was new. */
  public boolean linkCases(Collection<Long> ids, String by, Instant now) {
    return touchedIf(caseIds.addAll(ids), by, now);
  }

  public boolean unlinkCase(long caseId, String by, Instant now) {
    return touchedIf(caseIds.remove(caseId), by, now);
  }

  private boolean touchedIf(boolean changed, String by, Instant now) {
    if (changed) {
      touched(by, now);
    }
    return changed;
  }

  private void touched(String by, Instant now) {
    updatedAt = now;
    updatedBy = by;
    PriorityScore s = priority();
    affectedCustomers = s.affectedCustomers();
    score = s.value();
  }

  public PriorityScore priority() {
    return PriorityScore.of(customerIds.size(), affectedCount, severity);
  }

  /** The draft that would leave this pain point as it is: what an edit form starts from. */
  public PainPointDraft draft() {
    return new PainPointDraft(touchpointId, title, description, severity, affectedCount, status);
  }

  public Long id() {
    return id;
  }

  public long touchpointId() {
    return touchpointId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public int severity() {
    return severity;
  }

  public int affectedCount() {
    return affectedCount;
  }

  public long affectedCustomers() {
    return affectedCustomers;
  }

  public long score() {
    return score;
  }

  public PainPointStatus status() {
    return status;
  }

  public List<Long> customerIds() {
    return List.copyOf(customerIds);
  }

  public List<Long> caseIds() {
    return List.copyOf(caseIds);
  }

  public Created created() {
    return created;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
