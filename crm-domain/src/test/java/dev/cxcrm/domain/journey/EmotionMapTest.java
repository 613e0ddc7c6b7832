package dev.cxcrm.domain.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.JourneyStage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionMapTest {

  @Test
  void the_average_emotion_is_the_sum_over_the_interactions_that_carry_one() {
    // -2, -1, -1, 0, +2, +2: sum 0, n 6
    EmotionCounts c = new EmotionCounts(1, 2, 1, 0, 2);
    assertThat(c.sampleSize()).isEqualTo(6);
    assertThat(c.sum()).isZero();
    assertThat(c.average())
        .get()
        .extracting(AverageEmotion::shown)
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void a_third_stays_exact_and_is_rounded_only_when_shown() {
    // +1, 0, 0: 1/3
    AverageEmotion a = new EmotionCounts(0, 0, 2, 1, 0).average().orElseThrow();
    assertThat(a.sum()).isEqualTo(1);
    assertThat(a.sampleSize()).isEqualTo(3);
    assertThat(a.shown()).isEqualTo(new BigDecimal("0.33"));
    assertThat(a.rounded(4)).isEqualTo(new BigDecimal("0.3333"));
  }

  @Test
  void halves_round_away_from_zero_on_both_sides() {
    // -1, 0, 0, 0, 0, 0, 0, 0 = -1/8 = -0.125 -> -0.13; +1/8 -> 0.13
    assertThat(new EmotionCounts(0, 1, 7, 0, 0).average().orElseThrow().shown())
        .isEqualTo(new BigDecimal("-0.13"));
    assertThat(new EmotionCounts(0, 0, 7, 1, 0).average().orElseThrow().shown())
        .isEqualTo(new BigDecimal("0.13"));
    // -2, -1 = -1.5 -> -1.50 (already exact)
    assertThat(new EmotionCounts(1, 1, 0, 0, 0).average().orElseThrow().shown())
        .isEqualTo(new BigDecimal("-1.50"));
  }

  @Test
  void no_emotion_means_no_average_not_zero() {
    assertThat(EmotionCounts.NONE.average()).isEmpty();
    EmotionCell busyButSilent = new EmotionCell(JourneyStage.SERVICE, 7L, 12, EmotionCounts.NONE);
    assertThat(busyButSilent.volume()).isEqualTo(12);
    assertThat(busyButSilent.sampleSize()).isZero();
    assertThat(busyButSilent.average()).isEmpty();
  }

  @Test
  void the_distribution_counts_each_value_from_minus_two_to_plus_two() {
    EmotionCounts c = new EmotionCounts(3, 0, 1, 4, 2);
    assertThat(c.byValue())
        .containsExactly(
            Map.entry("-2", 3L),
            Map.entry("-1", 0L),
            Map.entry("0", 1L),
            Map.entry("1", 4L),
            Map.entry("2", 2L));
    assertThat(c.count(-2)).isEqualTo(3);
    assertThat(c.share(1)).isEqualTo(0.4);
    assertThatThrownBy(() -> c.count(3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(EmotionCounts.NONE.share(0)).isZero();
  }

  @Test
  void a_cell_cannot_have_more_emotions_than_interactions() {
    assertThatThrownBy(
            () -> new EmotionCell(JourneyStage.SERVICE, 1L, 2, new EmotionCounts(0, 0, 3, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_map_places_cells_under_their_stage_in_catalogue_order_and_sums_stages() {
    Map<Long, JourneyStage> catalogue = new LinkedHashMap<>();
    catalogue.put(20L, JourneyStage.SERVICE);
    catalogue.put(10L, JourneyStage.SERVICE);
    catalogue.put(30L, JourneyStage.AWARENESS);
    List<EmotionCell> rows =
        List.of(
            // touchpoint 10: 5 interactions, emotions -2, -2, -1 -> -5/3 = -1.67
            new EmotionCell(JourneyStage.SERVICE, 10L, 5, new EmotionCounts(2, 1, 0, 0, 0)),
            // touchpoint 20: 4 interactions, emotions +1, +2 -> 1.5
            new EmotionCell(JourneyStage.SERVICE, 20L, 4, new EmotionCounts(0, 0, 0, 1, 1)),
            // service without touchpoint: 1 interaction, emotion 0
            new EmotionCell(JourneyStage.SERVICE, null, 1, new EmotionCounts(0, 0, 1, 0, 0)),
            // no stage at all: 2 interactions, emotion -1 once
            new EmotionCell(null, null, 2, new EmotionCounts(0, 1, 0, 0, 0)));

    EmotionMap map = EmotionMap.of(rows, catalogue);

    assertThat(map.cells(JourneyStage.SERVICE))
        .extracting(EmotionCell::touchpointId)
        .containsExactly(20L, 10L, null);
    assertThat(map.cells(JourneyStage.SERVICE).get(1).average().orElseThrow().shown())
        .isEqualTo(new BigDecimal("-1.67"));
    // Service: 10 interactions; emotions -2,-2,-1,+1,+2,0 -> sum -2, n 6 -> -0.33
    EmotionCell service = map.stageTotal(JourneyStage.SERVICE);
    assertThat(service.volume()).isEqualTo(10);
    assertThat(service.sampleSize()).isEqualTo(6);
    assertThat(service.average().orElseThrow().shown()).isEqualTo(new BigDecimal("-0.33"));
    // Awareness has a touchpoint but no interactions: an empty cell, no average.
    assertThat(map.cells(JourneyStage.AWARENESS))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.touchpointId()).isEqualTo(30L);
              assertThat(c.volume()).isZero();
              assertThat(c.average()).isEmpty();
            });
    assertThat(map.stageTotal(JourneyStage.AWARENESS).average()).isEmpty();
    assertThat(map.cells(JourneyStage.PURCHASE)).isEmpty();
    assertThat(map.unassigned().volume()).isEqualTo(2);
    // All: 12 interactions, n 7, sum -3 -> -0.43
    assertThat(map.total().volume()).isEqualTo(12);
    assertThat(map.total().sampleSize()).isEqualTo(7);
    assertThat(map.total().average().orElseThrow().shown()).isEqualTo(new BigDecimal("-0.43"));
  }

  @Test
  void an_empty_period_has_every_stage_with_zero_volume_and_no_average() {
    EmotionMap map = EmotionMap.of(List.of(), Map.of());
    for (JourneyStage s : JourneyStage.values()) {
      assertThat(map.stageTotal(s).volume()).isZero();
      assertThat(map.stageTotal(s).average()).isEmpty();
    }
    assertThat(map.total().average()).isEmpty();
  }
}
