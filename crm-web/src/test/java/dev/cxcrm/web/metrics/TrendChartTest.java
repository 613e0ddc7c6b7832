package dev.cxcrm.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.metrics.Figure;
import dev.cxcrm.domain.metrics.Interval;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendChartTest {
  private static Figure f(Double value, Interval interval) {
    return new Figure(value, value == null ? 0 : 10, interval, Map.of());
  }

  @Test
  void values_are_placed_on_the_metric_scale_and_the_band_follows_the_intervals() {
    // NPS on -100..100 in a 120 px box with 8 px padding: 104 px for 200 points.
    // 100 -> y 8; 0 -> y 60; -100 -> y 112. Three groups over 320 px: x 8, 160, 312.
    TrendChart c =
        TrendChart.of(
            List.of(
                f(100.0, new Interval(50, 150)),
                f(0.0, new Interval(-20, 20)),
                f(-100.0, new Interval(-150, -50))),
            List.of("1", "2", "3"),
            -100,
            100);
    assertThat(c.line()).isEqualTo("M8.0,8.0 L160.0,60.0 L312.0,112.0");
    // The band along the highs (150 clipped to 100), back along the lows (-150 clipped to -100).
    assertThat(c.band())
        .isEqualTo("M8.0,8.0 L160.0,49.6 L312.0,86.0 L312.0,112.0 L160.0,70.4 L8.0,34.0 Z");
    assertThat(c.zeroY()).isEqualTo(60.0);
    assertThat(c.dots()).extracting(TrendChart.Dot::label).containsExactly("1", "2", "3");
  }

  @Test
  void a_group_without_a_value_breaks_the_line_instead_of_falling_to_zero() {
    TrendChart c =
        TrendChart.of(
            List.of(f(50.0, null), f(null, null), f(50.0, null), f(25.0, null)),
            List.of("a", "b", "c", "d"),
            0,
            100);
    // x: 8, 109.3, 210.7, 312; y(50) = 8 + 50 * 104 / 100 = 60; y(25) = 86.
    assertThat(c.line()).isEqualTo("M8.0,60.0 M210.7,60.0 L312.0,86.0");
    assertThat(c.band()).isEmpty();
    assertThat(c.dots()).extracting(TrendChart.Dot::label).containsExactly("a", "c", "d");
  }

  @Test
  void one_group_sits_in_the_middle() {
    TrendChart c = TrendChart.of(List.of(f(3.0, null)), List.of("x"), 1, 5);
    assertThat(c.line()).isEqualTo("M160.0,60.0");
    assertThat(TrendChart.of(List.of(), List.of(), 1, 5).line()).isEmpty();
  }
}
