package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.JourneyStage;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the database counted for a funnel, per stage: customers at the stage now, customers who were
 * at it during the period and those of them who moved on to a later stage in it, and the finished
 * stays (left during the period) as whole minutes to their number. Stages the database found
 * nothing for may be missing.
 */
public record FunnelFigures(
    Map<JourneyStage, Long> current,
    Map<JourneyStage, Long> inStage,
    Map<JourneyStage, Long> movedOn,
    Map<JourneyStage, Map<Long, Long>> finishedStayMinutes) {
  public FunnelFigures {
    current = copy(current);
    inStage = copy(inStage);
    movedOn = copy(movedOn);
    finishedStayMinutes = copy(finishedStayMinutes);
  }

  private static <V> Map<JourneyStage, V> copy(Map<JourneyStage, V> m) {
    return m.isEmpty() ? new EnumMap<>(JourneyStage.class) : new EnumMap<>(m);
  }
}
