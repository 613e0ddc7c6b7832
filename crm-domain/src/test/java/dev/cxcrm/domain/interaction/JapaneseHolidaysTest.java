package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the lists the Cabinet Office publishes (国民の祝日について), written out by hand. */
class JapaneseHolidaysTest {

  private static Holiday h(String date, String name) {
    return new Holiday(LocalDate.parse(date), name);
  }

  @Test
  void the_holidays_of_2025() {
    assertThat(JapaneseHolidays.of(2025))
        .containsExactly(
            h("2025-01-01", "元日"),
            h("2025-01-13", "成人の日"),
            h("2025-02-11", "建国記念の日"),
            h("2025-02-23", "天皇誕生日"),
            h("2025-02-24", "振替休日"),
            h("2025-03-20", "春分の日"),
            h("2025-04-29", "昭和の日"),
            h("2025-05-03", "憲法記念日"),
            h("2025-05-04", "みどりの日"),
            h("2025-05-05", "こどもの日"),
            h("2025-05-06", "振替休日"),
            h("2025-07-21", "海の日"),
            h("2025-08-11", "山の日"),
            h("2025-09-15", "敬老の日"),
            h("2025-09-23", "秋分の日"),
            h("2025-10-13", "スポーツの日"),
            h("2025-11-03", "文化の日"),
            h("2025-11-23", "勤労感謝の日"),
            h("2025-11-24", "振替休日"));
  }

  @Test
  void the_holidays_of_2026_with_a_citizens_holiday_in_september() {
    assertThat(JapaneseHolidays.of(2026))
        .containsExactly(
            h("2026-01-01", "元日"),
            h("2026-01-12", "成人の日"),
            h("2026-02-11", "建国記念の日"),
            h("2026-02-23", "天皇誕生日"),
            h("2026-03-20", "春分の日"),
            h("2026-04-29", "昭和の日"),
            h("2026-05-03", "憲法記念日"),
            h("2026-05-04", "みどりの日"),
            h("2026-05-05", "こどもの日"),
            h("2026-05-06", "振替休日"),
            h("2026-07-20", "海の日"),
            h("2026-08-11", "山の日"),
            h("2026-09-21", "敬老の日"),
            h("2026-09-22", "国民の休日"),
            h("2026-09-23", "秋分の日"),
            h("2026-10-12", "スポーツの日"),
            h("2026-11-03", "文化の日"),
            h("2026-11-23", "勤労感謝の日"));
  }

  @Test
  void the_olympic_year_2021_moved_three_holidays_and_mountain_day_fell_on_a_sunday() {
    List<Holiday> y2021 = JapaneseHolidays.of(2021);
    assertThat(y2021)
        .contains(
            h("2021-07-22", "海の日"),
            h("2021-07-23", "スポーツの日"),
            h("2021-08-08", "山の日"),
            h("2021-08-09", "振替休日"))
        .noneMatch(x -> x.date().equals(LocalDate.of(2021, 10, 11)))
        .hasSize(17);
  }

  @Test
  void the_equinoxes_follow_the_observatory_for_the_coming_years() {
    assertThat(JapaneseHolidays.vernalEquinoxDay(2027)).isEqualTo(21);
    assertThat(JapaneseHolidays.autumnalEquinoxDay(2027)).isEqualTo(23);
    assertThat(JapaneseHolidays.vernalEquinoxDay(2028)).isEqualTo(20);
    assertThat(JapaneseHolidays.autumnalEquinoxDay(2028)).isEqualTo(22);
  }

  @Test
  void years_outside_the_current_law_are_refused() {
    assertThatThrownBy(() -> JapaneseHolidays.of(2019)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> JapaneseHolidays.of(2100)).isInstanceOf(InvalidInput.class);
  }
}
