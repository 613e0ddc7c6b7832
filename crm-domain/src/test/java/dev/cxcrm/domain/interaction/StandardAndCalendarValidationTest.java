package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardAndCalendarValidationTest {
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime SIX_PM = LocalTime.of(18, 0);

  private static Set<String> fieldsOf(Runnable r) {
    InvalidInput e = catchThrowableOfType(r::run, InvalidInput.class);
    assertThat(e).as("refused").isNotNull();
    return e.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void a_calendar_without_working_days_is_refused() {
    assertThat(
            fieldsOf(
                () ->
                    BusinessCalendar.of(
                        EnumSet.noneOf(DayOfWeek.class), NINE, SIX_PM, "Asia/Tokyo", Set.of())))
        .containsExactly("workingDays");
  }

  @Test
  void closing_must_come_after_opening() {
    assertThat(
            fieldsOf(
                () ->
                    BusinessCalendar.of(Set.of(DayOfWeek.MONDAY), NINE, NINE, "Asia/Tokyo", null)))
        .containsExactly("closesAt");
    assertThat(
            fieldsOf(
                () ->
                    BusinessCalendar.of(
                        Set.of(DayOfWeek.MONDAY), SIX_PM, NINE, "Asia/Tokyo", null)))
        .containsExactly("closesAt");
  }

  @Test
  void the_zone_must_be_a_region_the_system_knows() {
    for (String zone : new String[] {"Mars/Olympus", "+09:00", "", "asia/tokyo"}) {
      assertThat(
              fieldsOf(
                  () -> BusinessCalendar.of(Set.of(DayOfWeek.MONDAY), NINE, SIX_PM, zone, null)))
          .as(zone)
          .containsExactly("zone");
    }
  }

  @Test
  void every_broken_rule_of_a_calendar_is_named_at_once() {
    assertThat(fieldsOf(() -> BusinessCalendar.of(Set.of(), null, null, null, null)))
        .containsExactlyInAnyOrder("workingDays", "opensAt", "closesAt", "zone");
  }

  @Test
  void hour_modes_need_hours_from_one_to_a_year() {
    for (Integer hours : new Integer[] {null, 0, -2, 8761}) {
      assertThat(
              fieldsOf(() -> ResponseStandard.of(Channel.SMS, ResponseMode.ELAPSED_HOURS, hours)))
          .as("hours " + hours)
          .containsExactly("hours");
      assertThat(
              fieldsOf(() -> ResponseStandard.of(Channel.SMS, ResponseMode.BUSINESS_HOURS, hours)))
          .containsExactly("hours");
    }
    assertThat(ResponseStandard.of(Channel.SMS, ResponseMode.ELAPSED_HOURS, 8760).hours())
        .isEqualTo(8760);
  }

  @Test
  void the_other_modes_keep_no_hours() {
    assertThat(ResponseStandard.of(Channel.PHONE, ResponseMode.SAME_BUSINESS_DAY, 5).hours())
        .isNull();
    assertThat(ResponseStandard.of(Channel.IN_PERSON, ResponseMode.NO_ANSWER, null).needsAnswer())
        .isFalse();
  }

  @Test
  void a_standard_needs_a_mode() {
    assertThat(fieldsOf(() -> ResponseStandard.of(Channel.SMS, null, 2))).containsExactly("mode");
  }
}
