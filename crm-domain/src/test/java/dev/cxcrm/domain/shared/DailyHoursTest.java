package dev.cxcrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DailyHoursTest {
  private static DailyHours hours(int from, int until) {
    return new DailyHours(LocalTime.of(from, 0), LocalTime.of(until, 0));
  }

  @Test
  void contains_its_start_but_not_its_end() {
    DailyHours h = hours(10, 18);
    assertThat(h.contains(LocalTime.of(10, 0))).isTrue();
    assertThat(h.contains(LocalTime.of(17, 59))).isTrue();
    assertThat(h.contains(LocalTime.of(18, 0))).isFalse();
    assertThat(h.contains(LocalTime.of(9, 59))).isFalse();
  }

  @Test
  void overlaps_only_when_a_minute_is_in_both() {
    assertThat(hours(10, 18).overlaps(hours(9, 11))).isTrue();
    assertThat(hours(10, 18).overlaps(hours(12, 13))).isTrue();
    assertThat(hours(9, 18).overlaps(hours(18, 21))).isFalse();
    assertThat(hours(18, 21).overlaps(hours(9, 18))).isFalse();
    assertThat(hours(7, 9).overlaps(hours(9, 18))).isFalse();
  }

  @Test
  void never_runs_past_midnight_or_backwards() {
    assertThatThrownBy(() -> hours(18, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> hours(9, 9)).isInstanceOf(IllegalArgumentException.class);
    assertThat(DailyHours.ofNullable(LocalTime.of(18, 0), LocalTime.of(10, 0))).isNull();
    assertThat(DailyHours.ofNullable(null, LocalTime.of(10, 0))).isNull();
    assertThat(DailyHours.ofNullable(LocalTime.NOON, LocalTime.of(13, 0)))
        .hasToString("12:00–13:00");
  }
}
