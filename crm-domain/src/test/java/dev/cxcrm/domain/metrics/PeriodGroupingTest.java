package dev.cxcrm.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodGroupingTest {
  private static ReportPeriod period(String from, String to) {
    return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void months_of_a_period_cut_at_both_ends_list_every_month_also_without_data() {
    assertThat(PeriodGrouping.MONTH.groups(period("2026-01-15", "2026-04-10")))
        .containsExactly(
            period("2026-01-15", "2026-01-31"),
            period("2026-02-01", "2026-02-28"),
            period("2026-03-01", "2026-03-31"),
            period("2026-04-01", "2026-04-10"));
  }

  @Test
  void a_leap_february_is_one_month_of_29_days() {
    assertThat(PeriodGrouping.MONTH.groups(period("2028-02-01", "2028-02-29")))
        .containsExactly(period("2028-02-01", "2028-02-29"));
  }

  @Test
  void quarters_half_years_and_years_follow_the_calendar() {
    assertThat(PeriodGrouping.QUARTER.groups(period("2025-11-20", "2026-05-01")))
        .containsExactly(
            period("2025-11-20", "2025-12-31"),
            period("2026-01-01", "2026-03-31"),
            period("2026-04-01", "2026-05-01"));
    assertThat(PeriodGrouping.HALF_YEAR.groups(period("2026-03-01", "2027-01-31")))
        .containsExactly(
            period("2026-03-01", "2026-06-30"),
            period("2026-07-01", "2026-12-31"),
            period("2027-01-01", "2027-01-31"));
    assertThat(PeriodGrouping.YEAR.groups(period("2024-12-31", "2026-01-01")))
        .containsExactly(
            period("2024-12-31", "2024-12-31"),
            period("2025-01-01", "2025-12-31"),
            period("2026-01-01", "2026-01-01"));
  }

  @Test
  void weeks_run_monday_to_sunday() {
    // 2026-12-03 is a Thursday: its week is Monday 11-30 to Sunday 12-06.
    assertThat(PeriodGrouping.WEEK.groups(period("2026-12-03", "2026-12-14")))
        .containsExactly(
            period("2026-12-03", "2026-12-06"),
            period("2026-12-07", "2026-12-13"),
            period("2026-12-14", "2026-12-14"));
  }

  @Test
  void a_day_finds_the_position_of_its_group() {
    ReportPeriod p = period("2025-11-20", "2026-05-01");
    assertThat(PeriodGrouping.QUARTER.indexOf(p, LocalDate.parse("2025-11-20"))).isZero();
    assertThat(PeriodGrouping.QUARTER.indexOf(p, LocalDate.parse("2026-03-31"))).isEqualTo(1);
    assertThat(PeriodGrouping.QUARTER.indexOf(p, LocalDate.parse("2026-04-01"))).isEqualTo(2);
    assertThat(
            PeriodGrouping.WEEK.indexOf(
                period("2026-12-03", "2026-12-14"), LocalDate.parse("2026-12-07")))
        .isEqualTo(1);
    assertThatThrownBy(() -> PeriodGrouping.MONTH.indexOf(p, LocalDate.parse("2026-05-02")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_previous_period_of_a_whole_month_is_the_month_before_not_as_many_days() {
    // March has 31 days; the month before has 28.
    assertThat(PeriodGrouping.previous(period("2026-03-01", "2026-03-31")))
        .isEqualTo(period("2026-02-01", "2026-02-28"));
    assertThat(PeriodGrouping.previous(period("2026-04-01", "2026-06-30")))
        .isEqualTo(period("2026-01-01", "2026-03-31"));
    assertThat(PeriodGrouping.previous(period("2026-07-01", "2026-12-31")))
        .isEqualTo(period("2026-01-01", "2026-06-30"));
    assertThat(PeriodGrouping.previous(period("2026-01-01", "2026-12-31")))
        .isEqualTo(period("2025-01-01", "2025-12-31"));
    assertThat(PeriodGrouping.previous(period("2026-11-30", "2026-12-06")))
        .isEqualTo(period("2026-11-23", "2026-11-29"));
  }

  @Test
  void the_previous_period_of_any_other_range_is_as_many_days_right_before() {
    // 10 days, 03-05..03-14: the 10 days 02-23..03-04 (2026 is not a leap year).
    assertThat(PeriodGrouping.previous(period("2026-03-05", "2026-03-14")))
        .isEqualTo(period("2026-02-23", "2026-03-04"));
    // A month not starting on the 1st is a plain range: 01-15..02-14 is 31 days.
    assertThat(PeriodGrouping.previous(period("2026-01-15", "2026-02-14")))
        .isEqualTo(period("2025-12-15", "2026-01-14"));
  }
}
