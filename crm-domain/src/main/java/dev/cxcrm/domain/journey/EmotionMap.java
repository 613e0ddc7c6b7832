package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.JourneyStage;
import dev.cxcrm.domain.shared.ReportPeriod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The emotional journey map of one period: a cell per stage and touchpoint, the totals of each
 * stage (every interaction of the stage, with or without a touchpoint) and of the whole journey.
 * Built from the aggregate rows of the database and the touchpoints of the catalogue, so that a
 * touchpoint without interactions shows as an empty cell ("—"), not as missing or as zero emotion.
 * Interactions recorded with no stage at all are counted apart ({@link #unassigned()}).
 */
public final class EmotionMap {
  /**
   * The period of the map: by default the last 90 days (or 90 days from a first day given alone);
   * at most 731 (two years), so that no request aggregates everything.
   */
  public static final ReportPeriod.Rule PERIOD =
      ReportPeriod.Rule.lastDays(90, 731).countingFromTheStart(90);

  private final Map<JourneyStage, List<EmotionCell>> cells = new EnumMap<>(JourneyStage.class);
  private final Map<JourneyStage, EmotionCell> stageTotals = new EnumMap<>(JourneyStage.class);
  private final EmotionCell unassigned;
  private final EmotionCell total;

  private EmotionMap(
      Collection<EmotionCell> rows, Map<Long, JourneyStage> catalogue, List<Long> touchpointOrder) {
    Map<JourneyStage, Map<Long, EmotionCell>> byStage = new EnumMap<>(JourneyStage.class);
    for (JourneyStage s : JourneyStage.values()) {
      byStage.put(s, new HashMap<>());
      stageTotals.put(s, EmotionCell.empty(s, null));
    }
    catalogue.forEach((id, stage) -> byStage.get(stage).put(id, EmotionCell.empty(stage, id)));
    EmotionCell none = EmotionCell.empty(null, null);
    EmotionCell all = EmotionCell.empty(null, null);
    for (EmotionCell row : rows) {
      all = all.plus(row);
      if (row.stage() == null) {
        none = none.plus(row);
        continue;
      }
      stageTotals.merge(row.stage(), row, EmotionCell::plus);
      byStage.get(row.stage()).merge(row.touchpointId(), row, (a, b) -> a.plus(b));
    }
    Map<Long, Integer> rank = new HashMap<>();
    for (int i = 0; i < touchpointOrder.size(); i++) {
      rank.put(touchpointOrder.get(i), i);
    }
    // Catalogue order first; a touchpoint unknown to the catalogue (or none) after it, by id.
    Comparator<EmotionCell> order =
        Comparator.comparing(
                (EmotionCell c) ->
                    c.touchpointId() == null
                        ? Integer.MAX_VALUE
                        : rank.getOrDefault(c.touchpointId(), Integer.MAX_VALUE - 1))
            .thenComparing(c -> c.touchpointId() == null ? Long.MAX_VALUE : c.touchpointId());
    byStage.forEach(
        (stage, m) -> {
          List<EmotionCell> list = new ArrayList<>(m.values());
          list.sort(order);
          cells.put(stage, List.copyOf(list));
        });
    this.unassigned = none;
    this.total = all;
  }

  /**
   * The map of the aggregate {@code rows} (one per stage and touchpoint that had interactions) and
   * the touchpoints of the catalogue in the order they are shown ({@code touchpoints}: id to stage,
   * in display order).
   */
  public static EmotionMap of(Collection<EmotionCell> rows, Map<Long, JourneyStage> touchpoints) {
    Objects.requireNonNull(rows);
    return new EmotionMap(rows, touchpoints, new ArrayList<>(touchpoints.keySet()));
  }

  /**
   * The cells of a stage: catalogue touchpoints first, in catalogue order; "no touchpoint" last.
   */
  public List<EmotionCell> cells(JourneyStage stage) {
    return cells.get(stage);
  }

  public EmotionCell stageTotal(JourneyStage stage) {
    return stageTotals.get(stage);
  }

  /** Interactions with neither stage nor touchpoint. */
  public EmotionCell unassigned() {
    return unassigned;
  }

  /** Every interaction of the period that the filters let through. */
  public EmotionCell total() {
    return total;
  }

  public Set<JourneyStage> stages() {
    return cells.keySet();
  }
}
