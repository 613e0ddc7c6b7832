package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.JourneyStage;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One customer's journey so far, as much of it as its next stage change has to remember: when it
 * entered its current stage, and per stage when it last left it and when it last moved on from it
 * to a later stage. Every stage change is made here, so that the instants it keeps follow the
 * history's chain rule (docs/decisions/0004-journey-stages-and-funnel.md) wherever it is written.
 *
 * <p>Why the funnel needs them: a customer's stay ended by a move began at {@code enteredAt}; a
 * move into a stage the customer left since the period began means it was counted at that stage
 * already; a move on from a stage it moved on from since the period began was counted already. With
 * them each figure is a count over the period's moves, one row at a time.
 */
public final class StageTrail {
  private final long customerId;
  private Instant entered;
  private final Map<JourneyStage, Instant> lastLeft = new EnumMap<>(JourneyStage.class);
  private final Map<JourneyStage, Instant> lastMovedOn = new EnumMap<>(JourneyStage.class);

  private StageTrail(long customerId, Instant createdAt) {
    this.customerId = customerId;
    this.entered = Objects.requireNonNull(createdAt);
  }

  /** A customer created at {@code createdAt} with no stage change yet. */
  public static StageTrail of(long customerId, Instant createdAt) {
    return new StageTrail(customerId, createdAt);
  }

  /**
   * A customer created at {@code createdAt} with these changes, oldest first (by time, then id: the
   * order of the chain).
   */
  public static StageTrail of(long customerId, Instant createdAt, List<StageChange> history) {
    StageTrail t = new StageTrail(customerId, createdAt);
    history.forEach(c -> t.follow(c.fromStage(), c.toStage(), c.changedAt()));
    return t;
  }

  /** The next change of this customer, made by {@code by} at {@code at}; the trail moves on. */
  public StageChange move(JourneyStage from, JourneyStage to, Instant at, String by) {
    StageChange change =
        new StageChange(
            customerId, from, to, at, by, entered, lastLeft.get(to), lastMovedOn.get(from));
    follow(from, to, at);
    return change;
  }

  private void follow(JourneyStage from, JourneyStage to, Instant at) {
    if (from != null) {
      lastLeft.put(from, at);
      if (to.ordinal() > from.ordinal()) {
        lastMovedOn.put(from, at);
      }
    }
    entered = at;
  }
}
