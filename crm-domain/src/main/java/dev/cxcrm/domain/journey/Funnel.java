package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.JourneyStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The journey funnel: for each stage in order, the customers at it now (and their share of all),
 * the conversion onward in the period and the median time in the stage. The last stage has no later
 * stage to convert to, so it has no conversion.
 */
public record Funnel(FunnelPeriod period, long total, List<Step> steps) {
  public Funnel {
    steps = List.copyOf(steps);
  }

  /** One stage of the funnel. {@code conversion} is null for the last stage. */
  public record Step(
      JourneyStage stage,
      long count,
      Double sharePercent,
      Conversion conversion,
      TimeInStage timeInStage) {}

  /** The funnel from the database's counts; every stage appears, in journey order. */
  public static Funnel of(FunnelPeriod period, FunnelFigures f) {
    long total = f.current().values().stream().mapToLong(Long::longValue).sum();
    JourneyStage last = JourneyStage.values()[JourneyStage.values().length - 1];
    List<Step> steps = new ArrayList<>();
    for (JourneyStage s : JourneyStage.values()) {
      long count = f.current().getOrDefault(s, 0L);
      Conversion conversion =
          s == last
              ? null
              : new Conversion(f.movedOn().getOrDefault(s, 0L), f.inStage().getOrDefault(s, 0L));
      steps.add(
          new Step(
              s,
              count,
              total == 0 ? null : 100.0 * count / total,
              conversion,
              TimeInStage.ofMinutes(f.finishedStayMinutes().getOrDefault(s, Map.of()))));
    }
    return new Funnel(period, total, steps);
  }

  public Step step(JourneyStage stage) {
    return steps.get(stage.ordinal());
  }
}
