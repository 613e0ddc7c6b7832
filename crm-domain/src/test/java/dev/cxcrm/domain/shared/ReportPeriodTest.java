package dev.cxcrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxcrm.domain.interaction.CaseRates;
import dev.cxcrm.domain.interaction.ResponseCompliance;
import dev.cxcrm.domain.journey.EmotionMap;
import dev.cxcrm.domain.journey.FunnelPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final ReportPeriod.Rule LAST_28 = ReportPeriod.Rule.lastDays(28, 366);

  @Test
  void both_days_are_included_as_the_half_open_range_of_instants_in_tokyo() {
    ReportPeriod p = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    assertThat(p.start(TOKYO)).isEqualTo(Instant.parse("2026-06-30T15:00:00Z"));
    assertThat(p.end(TOKYO)).isEqualTo(Instant.parse("2026-07-31T15:00:00Z"));
    assertThat(p.days()).isEqualTo(31);
  }

  @Test
  void one_day_is_the_24_hours_from_its_midnight_in_tokyo() {
    ReportPeriod p = LAST_28.period(TODAY, TODAY, TODAY);
    assertThat(p.start(TOKYO)).isEqualTo(Instant.parse("2026-11-22T15:00:00Z"));
    assertThat(p.end(TOKYO)).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
    assertThat(p.days()).isEqualTo(1);
  }

  @Test
  void without_days_the_period_is_the_default_up_to_today() {
    ReportPeriod p = LAST_28.standard(TODAY);
    assertThat(p.to()).isEqualTo(TODAY);
    assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 27));
    assertThat(p.days()).isEqualTo(28);
  }

  @Test
  void a_last_day_alone_gets_the_default_length_before_it() {
    ReportPeriod p = LAST_28.period(null, LocalDate.of(2026, 3, 28), TODAY);
    assertThat(p.from()).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void a_first_day_alone_runs_to_today_unless_the_rule_counts_from_the_start() {
    LocalDate may = LocalDate.of(2026, 5, 1);
    assertThat(LAST_28.period(may, null, TODAY).to()).isEqualTo(TODAY);
    assertThat(EmotionMap.PERIOD.period(may, null, TODAY).to())
        .isEqualTo(LocalDate.of(2026, 7, 29));
  }

  @Test
  void a_reversed_period_is_refused_naming_the_rules_parameter() {
    LocalDate first = LocalDate.of(2026, 9, 2);
    LocalDate last = LocalDate.of(2026, 9, 1);
    assertThatThrownBy(() -> LAST_28.period(first, last, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.errors()).extracting("field").containsExactly("to");
              assertThat(e.errors())
                  .extracting("messageKey")
                  .containsExactly("validation.startAfterEnd");
            });
    assertThatThrownBy(() -> FunnelPeriod.RULE.period(first, last, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("from"));
  }

  @Test
  void the_longest_period_is_accepted_and_one_day_more_is_refused() {
    LocalDate first = LocalDate.of(2025, 1, 1);
    assertThat(LAST_28.period(first, first.plusDays(365), TODAY).days()).isEqualTo(366);
    assertThatThrownBy(() -> LAST_28.period(first, first.plusDays(366), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.errors())
                  .extracting("messageKey")
                  .containsExactly("validation.periodTooLong");
              assertThat(e.errors().get(0).message()).isEqualTo("At most 366 days.");
            });
  }

  @Test
  void a_default_that_would_be_too_long_is_refused_too() {
    ReportPeriod.Rule week = ReportPeriod.Rule.lastDays(7, 7);
    assertThat(week.standard(TODAY).days()).isEqualTo(7);
    assertThatThrownBy(() -> week.period(TODAY.minusDays(7), null, TODAY))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void each_report_states_its_default_once() {
    assertThat(FunnelPeriod.RULE.standard(TODAY).days()).isEqualTo(90);
    assertThat(EmotionMap.PERIOD.standard(TODAY).days()).isEqualTo(90);
    assertThat(ResponseCompliance.PERIOD.standard(TODAY).days()).isEqualTo(28);
    assertThat(CaseRates.PERIOD.standard(TODAY))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 6, 1), TODAY));
  }

  @Test
  void a_period_cannot_be_built_reversed() {
    assertThatThrownBy(() -> new ReportPeriod(TODAY, TODAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
