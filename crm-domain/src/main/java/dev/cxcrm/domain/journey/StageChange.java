package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.JourneyStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One move of a customer from one journey stage to another: who moved it and when. Never edited;
 * the funnel and the time in stage are computed from these rows. The customer is referred to by id
 * (the journey feature does not reach into the customer aggregate).
 */
@Entity
@Table(name = "customer_stage_change")
public class StageChange {
  @Id
  @SequenceGenerator(
      name = "stage_change_seq",
      sequenceName = "stage_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_change_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_stage", length = 20)
  private JourneyStage fromStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_stage", nullable = false, length = 20)
  private JourneyStage toStage;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  protected StageChange() {}

  public StageChange(
      long customerId, JourneyStage from, JourneyStage to, Instant at, String changedBy) {
    this.customerId = customerId;
    this.fromStage = from;
    this.toStage = Objects.requireNonNull(to);
    this.changedAt = Objects.requireNonNull(at);
    this.changedBy = Objects.requireNonNull(changedBy);
  }

  /** True when the move goes on in the journey (to a later stage), false when it goes back. */
  public boolean isForward() {
    return fromStage == null || toStage.ordinal() > fromStage.ordinal();
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public JourneyStage fromStage() {
    return fromStage;
  }

  public JourneyStage toStage() {
    return toStage;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
