package dev.cxcrm.domain.journey;

import static dev.cxcrm.domain.shared.JourneyStage.ADVOCACY;
import static dev.cxcrm.domain.shared.JourneyStage.AWARENESS;
import static dev.cxcrm.domain.shared.JourneyStage.CONSIDERATION;
import static dev.cxcrm.domain.shared.JourneyStage.PURCHASE;
import static dev.cxcrm.domain.shared.JourneyStage.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.JourneyStage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunnelTest {
  private static final FunnelPeriod Q3 =
      new FunnelPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
  private static final long DAY = 24 * 60;

  @Test
  void conversion_is_the_share_of_customers_in_the_stage_who_moved_on() {
    assertThat(new Conversion(3, 8).percent()).isCloseTo(37.5, within(1e-9));
    assertThat(new Conversion(0, 5).percent()).isZero();
    assertThat(new Conversion(4, 4).percent()).isEqualTo(100.0);
  }

  @Test
  void nobody_in_the_stage_means_no_conversion_rate_not_zero() {
    assertThat(new Conversion(0, 0).percent()).isNull();
  }

  @Test
  void more_moved_on_than_were_in_the_stage_is_impossible() {
    assertThatThrownBy(() -> new Conversion(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Conversion(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_median_of_an_odd_number_of_stays_is_the_middle_one() {
    // 1, 3 and 10 days: the middle stay took 3 days.
    TimeInStage t = TimeInStage.ofMinutes(Map.of(DAY, 1L, 3 * DAY, 1L, 10 * DAY, 1L));
    assertThat(t.medianDays()).isEqualTo(3.0);
    assertThat(t.sampleSize()).isEqualTo(3);
  }

  @Test
  void the_median_of_an_even_number_of_stays_is_the_mean_of_the_two_middle_ones() {
    // 2, 4, 4, 5, 9, 30 days: the two middle stays are 4 and 5 days, so 4.5.
    TimeInStage t =
        TimeInStage.ofMinutes(
            Map.of(2 * DAY, 1L, 4 * DAY, 2L, 5 * DAY, 1L, 9 * DAY, 1L, 30 * DAY, 1L));
    assertThat(t.medianDays()).isEqualTo(4.5);
    assertThat(t.sampleSize()).isEqualTo(6);
  }

  @Test
  void repeated_durations_count_once_each_and_hours_are_fractions_of_a_day() {
    // Five stays of 12 hours and two of 3 days: the middle (4th) is 12 hours = 0.5 days.
    TimeInStage t = TimeInStage.ofMinutes(Map.of(12 * 60L, 5L, 3 * DAY, 2L));
    assertThat(t.medianDays()).isEqualTo(0.5);
    assertThat(t.sampleSize()).isEqualTo(7);
  }

  @Test
  void two_stays_give_the_mean_of_both() {
    TimeInStage t = TimeInStage.ofMinutes(Map.of(DAY, 1L, 2 * DAY, 1L));
    assertThat(t.medianDays()).isEqualTo(1.5);
  }

  @Test
  void no_finished_stay_means_no_median_not_zero_days() {
    TimeInStage t = TimeInStage.ofMinutes(Map.of());
    assertThat(t.medianDays()).isNull();
    assertThat(t.sampleSize()).isZero();
    assertThat(TimeInStage.ofMinutes(Map.of(5L, 0L)).medianDays()).isNull();
  }

  @Test
  void a_stay_shorter_than_a_minute_counts_as_zero_days() {
    assertThat(TimeInStage.ofMinutes(Map.of(0L, 1L)).medianDays()).isZero();
  }

  @Test
  void the_funnel_lists_every_stage_in_order_with_counts_shares_conversions_and_medians() {
    FunnelFigures figures =
        new FunnelFigures(
            Map.of(AWARENESS, 50L, CONSIDERATION, 30L, PURCHASE, 15L, SERVICE, 5L),
            Map.of(AWARENESS, 40L, CONSIDERATION, 20L, PURCHASE, 10L, SERVICE, 6L, ADVOCACY, 2L),
            Map.of(AWARENESS, 10L, CONSIDERATION, 5L, PURCHASE, 10L),
            Map.of(CONSIDERATION, Map.of(2 * DAY, 1L, 6 * DAY, 1L)));

    Funnel f = Funnel.of(Q3, figures);

    assertThat(f.total()).isEqualTo(100);
    assertThat(f.steps()).extracting(Funnel.Step::stage).containsExactly(JourneyStage.values());
    assertThat(f.step(AWARENESS).count()).isEqualTo(50);
    assertThat(f.step(AWARENESS).sharePercent()).isEqualTo(50.0);
    assertThat(f.step(AWARENESS).conversion().percent()).isEqualTo(25.0);
    assertThat(f.step(CONSIDERATION).conversion()).isEqualTo(new Conversion(5, 20));
    assertThat(f.step(PURCHASE).conversion().percent()).isEqualTo(100.0);
    assertThat(f.step(SERVICE).conversion().percent()).isZero();
    assertThat(f.step(CONSIDERATION).timeInStage()).isEqualTo(new TimeInStage(4.0, 2));
    assertThat(f.step(AWARENESS).timeInStage()).isEqualTo(new TimeInStage(null, 0));
    // Nobody is at advocacy now: a count of 0 is a fact; the last stage converts to nothing.
    assertThat(f.step(ADVOCACY).count()).isZero();
    assertThat(f.step(ADVOCACY).sharePercent()).isZero();
    assertThat(f.step(ADVOCACY).conversion()).isNull();
  }

  @Test
  void a_funnel_without_customers_has_no_shares_and_no_rates() {
    Funnel f = Funnel.of(Q3, new FunnelFigures(Map.of(), Map.of(), Map.of(), Map.of()));

    assertThat(f.total()).isZero();
    assertThat(f.steps()).allSatisfy(s -> assertThat(s.count()).isZero());
    assertThat(f.steps()).allSatisfy(s -> assertThat(s.sharePercent()).isNull());
    assertThat(f.step(AWARENESS).conversion().percent()).isNull();
    assertThat(f.step(AWARENESS).conversion().inStage()).isZero();
  }

  @Test
  void the_period_defaults_to_the_last_90_days_including_today() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    FunnelPeriod p = FunnelPeriod.of(null, null, today);
    assertThat(p.to()).isEqualTo(today);
    assertThat(p.from()).isEqualTo(LocalDate.of(2026, 8, 26));
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(p.from(), p.to()) + 1).isEqualTo(90);
  }

  @Test
  void the_period_covers_whole_days_in_the_business_time_zone() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    FunnelPeriod p = FunnelPeriod.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), null);
    assertThat(p.start(tokyo)).isEqualTo(Instant.parse("2026-06-30T15:00:00Z"));
    assertThat(p.end(tokyo)).isEqualTo(Instant.parse("2026-07-01T15:00:00Z"));
  }

  @Test
  void a_start_after_the_end_is_refused_on_from() {
    assertThatThrownBy(
            () -> FunnelPeriod.of(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1), null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("from"));
  }
}
