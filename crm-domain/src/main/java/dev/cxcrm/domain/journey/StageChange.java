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
 *
 * <p>Each move also keeps three instants from the customer's earlier history, so that the funnel
 * reads a period's moves without looking at any other move (see {@link StageTrail}, which alone
 * creates moves): when the customer entered the stage it leaves (the stay this move ends), when it
 * last left the stage it enters, and when it last moved on from the stage it leaves.
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

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  @Column(name = "to_stage_last_left_at")
  private Instant toStageLastLeftAt;

  @Column(name = "from_stage_last_moved_on_at")
  private Instant fromStageLastMovedOnAt;

  protected StageChange() {}

  StageChange(
      long customerId,
      JourneyStage from,
      JourneyStage to,
      Instant at,
      String changedBy,
      Instant enteredAt,
      Instant toStageLastLeftAt,
      Instant fromStageLastMovedOnAt) {
    this.customerId = customerId;
    this.fromStage = from;
    this.toStage = Objects.requireNonNull(to);
    this.changedAt = Objects.requireNonNull(at);
    this.changedBy = Objects.requireNonNull(changedBy);
    this.enteredAt = Objects.requireNonNull(enteredAt);
    this.toStageLastLeftAt = toStageLastLeftAt;
    this.fromStageLastMovedOnAt = fromStageLastMovedOnAt;
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

  /**
   * When the customer entered the stage this move leaves: its previous move, or its creation. The
   * stay this move ends lasted from then to {@link #changedAt()}.
   */
  public Instant enteredAt() {
    return enteredAt;
  }

  /** When the customer last left the stage this move enters, before it; null if it never did. */
  public Instant toStageLastLeftAt() {
    return toStageLastLeftAt;
  }

  /**
   * When the customer last moved on from the stage this move leaves to a later stage, before this
   * move; null if it never did.
   */
  public Instant fromStageLastMovedOnAt() {
    return fromStageLastMovedOnAt;
  }
}
