package dev.cxcrm.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxcrm.domain.shared.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The deadline rules of the issue, worked out by hand on a Tokyo business (Monday to Friday, 09:00
 * to 18:00) whose only holiday is Monday 23 November 2026 (Labour Thanksgiving Day). Friday 20 and
 * 27 November 2026 are Fridays; Wednesday 18 November is an ordinary working day.
 */
class ResponseDeadlineTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.defaults().withHolidays(Set.of(LocalDate.of(2026, 11, 23)));

  private static Instant tokyo(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
  }

  private static Instant newYork(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  private static Instant due(ResponseStandard standard, BusinessCalendar calendar, Instant at) {
    return standard.dueAt(calendar, at).orElseThrow();
  }

  @Nested
  class A_phone_call_is_due_the_same_business_day {
    private final ResponseStandard phone = ResponseStandard.defaults().get(Channel.PHONE);

    private Instant dueAfterCallAt(String tokyoTime) {
      return due(phone, CALENDAR, tokyo(tokyoTime));
    }

    @Test
    void at_closing_that_day_when_it_came_on_friday_at_17_59() {
      assertThat(dueAfterCallAt("2026-11-27T17:59")).isEqualTo(tokyo("2026-11-27T18:00"));
    }

    @Test
    void at_closing_on_monday_when_it_came_on_friday_at_18_01() {
      assertThat(dueAfterCallAt("2026-11-27T18:01")).isEqualTo(tokyo("2026-11-30T18:00"));
    }

    @Test
    void at_closing_of_the_next_business_day_when_it_came_exactly_at_closing() {
      assertThat(dueAfterCallAt("2026-11-27T18:00")).isEqualTo(tokyo("2026-11-30T18:00"));
    }

    @Test
    void at_closing_that_day_when_it_came_exactly_at_opening_or_before() {
      assertThat(dueAfterCallAt("2026-11-18T09:00")).isEqualTo(tokyo("2026-11-18T18:00"));
      assertThat(dueAfterCallAt("2026-11-18T06:30")).isEqualTo(tokyo("2026-11-18T18:00"));
    }

    @Test
    void at_closing_on_monday_when_it_came_on_saturday_or_sunday() {
      assertThat(dueAfterCallAt("2026-11-28T10:00")).isEqualTo(tokyo("2026-11-30T18:00"));
      assertThat(dueAfterCallAt("2026-11-29T23:59")).isEqualTo(tokyo("2026-11-30T18:00"));
    }

    @Test
    void at_closing_of_the_next_day_when_it_came_on_a_holiday() {
      assertThat(dueAfterCallAt("2026-11-23T11:00")).isEqualTo(tokyo("2026-11-24T18:00"));
    }

    @Test
    void on_tuesday_when_it_came_on_friday_evening_before_a_monday_holiday() {
      assertThat(dueAfterCallAt("2026-11-20T18:30")).isEqualTo(tokyo("2026-11-24T18:00"));
    }

    @Test
    void the_same_day_when_a_calendar_opens_on_saturdays() {
      BusinessCalendar sixDays =
          BusinessCalendar.of(
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
              LocalTime.of(10, 0),
              LocalTime.of(19, 30),
              "Asia/Tokyo",
              Set.of());
      assertThat(due(phone, sixDays, tokyo("2026-11-28T19:00")))
          .isEqualTo(tokyo("2026-11-28T19:30"));
      assertThat(due(phone, sixDays, tokyo("2026-11-28T19:30")))
          .isEqualTo(tokyo("2026-11-30T19:30"));
    }
  }

  @Nested
  class Business_hours_count_only_while_the_business_is_open {
    private final ResponseStandard fourHours =
        ResponseStandard.of(Channel.EMAIL, ResponseMode.BUSINESS_HOURS, 4);

    @Test
    void from_the_moment_it_came_inside_opening_hours() {
      assertThat(due(fourHours, CALENDAR, tokyo("2026-11-18T09:00")))
          .isEqualTo(tokyo("2026-11-18T13:00"));
      assertThat(due(fourHours, CALENDAR, tokyo("2026-11-18T16:00")))
          .isEqualTo(tokyo("2026-11-19T11:00"));
    }

    @Test
    void from_the_next_opening_when_it_came_exactly_at_closing_or_at_night() {
      assertThat(due(fourHours, CALENDAR, tokyo("2026-11-18T18:00")))
          .isEqualTo(tokyo("2026-11-19T13:00"));
      assertThat(due(fourHours, CALENDAR, tokyo("2026-11-19T02:00")))
          .isEqualTo(tokyo("2026-11-19T13:00"));
    }

    @Test
    void from_monday_opening_when_it_came_on_a_weekend() {
      assertThat(due(fourHours, CALENDAR, tokyo("2026-11-28T12:00")))
          .isEqualTo(tokyo("2026-11-30T13:00"));
    }

    @Test
    void one_minute_on_friday_at_17_59_and_the_rest_on_monday() {
      ResponseStandard oneHour = ResponseStandard.of(Channel.SMS, ResponseMode.BUSINESS_HOURS, 1);
      assertThat(due(oneHour, CALENDAR, tokyo("2026-11-27T17:59")))
          .isEqualTo(tokyo("2026-11-30T09:59"));
      assertThat(due(oneHour, CALENDAR, tokyo("2026-11-27T18:01")))
          .isEqualTo(tokyo("2026-11-30T10:00"));
    }

    @Test
    void over_several_days() {
      // Wednesday 15:00-18:00 is 3 h, Thursday 9 h, leaving 8 h: Friday 17:00.
      ResponseStandard twenty = ResponseStandard.of(Channel.WEB, ResponseMode.BUSINESS_HOURS, 20);
      assertThat(due(twenty, CALENDAR, tokyo("2026-11-18T15:00")))
          .isEqualTo(tokyo("2026-11-20T17:00"));
    }

    @Test
    void over_a_weekend_and_a_holiday_ending_exactly_at_closing() {
      // Friday 12:00-18:00 is 6 h; Saturday, Sunday and the Monday holiday count nothing;
      // Tuesday 9 h and Wednesday 9 h make 24: the time runs out at Wednesday's closing.
      ResponseStandard day = ResponseStandard.of(Channel.WEB, ResponseMode.BUSINESS_HOURS, 24);
      assertThat(due(day, CALENDAR, tokyo("2026-11-20T12:00")))
          .isEqualTo(tokyo("2026-11-25T18:00"));
    }
  }

  @Nested
  class Elapsed_hours_count_every_hour {
    @Test
    void an_email_on_friday_evening_is_due_on_saturday_evening() {
      ResponseStandard email = ResponseStandard.defaults().get(Channel.EMAIL);
      assertThat(due(email, CALENDAR, tokyo("2026-11-27T18:01")))
          .isEqualTo(tokyo("2026-11-28T18:01"));
    }

    @Test
    void an_sms_on_a_holiday_is_due_two_hours_later() {
      ResponseStandard sms = ResponseStandard.defaults().get(Channel.SMS);
      assertThat(due(sms, CALENDAR, tokyo("2026-11-23T23:30")))
          .isEqualTo(tokyo("2026-11-24T01:30"));
    }
  }

  /**
   * New York moved its clocks from 02:00 EST to 03:00 EDT on Sunday 9 March 2025: that day had 23
   * hours, and EDT is 4 hours behind UTC instead of 5.
   */
  @Nested
  class Across_the_change_to_daylight_saving_time {
    private final BusinessCalendar newYork =
        BusinessCalendar.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            "America/New_York",
            Set.of());

    @Test
    void twenty_four_elapsed_hours_are_twenty_four_real_hours() {
      ResponseStandard email = ResponseStandard.defaults().get(Channel.EMAIL);
      Instant due = due(email, newYork, newYork("2025-03-08T12:00"));
      assertThat(due).isEqualTo(Instant.parse("2025-03-09T17:00:00Z"));
      assertThat(due).isEqualTo(newYork("2025-03-09T13:00"));
    }

    @Test
    void business_hours_resume_at_nine_in_the_new_time() {
      ResponseStandard two = ResponseStandard.of(Channel.EMAIL, ResponseMode.BUSINESS_HOURS, 2);
      Instant due = due(two, newYork, newYork("2025-03-07T17:00"));
      assertThat(due).isEqualTo(newYork("2025-03-10T10:00"));
      assertThat(due).isEqualTo(Instant.parse("2025-03-10T14:00:00Z"));
    }

    @Test
    void a_phone_call_on_friday_evening_is_due_at_monday_closing_in_the_new_time() {
      ResponseStandard phone = ResponseStandard.defaults().get(Channel.PHONE);
      assertThat(due(phone, newYork, newYork("2025-03-07T18:30")))
          .isEqualTo(Instant.parse("2025-03-10T22:00:00Z"));
    }
  }

  @Test
  void an_in_person_contact_needs_no_answer() {
    ResponseStandard inPerson = ResponseStandard.defaults().get(Channel.IN_PERSON);
    assertThat(inPerson.needsAnswer()).isFalse();
    assertThat(inPerson.dueAt(CALENDAR, tokyo("2026-11-18T10:00"))).isEmpty();
  }

  @Test
  void the_defaults_are_the_standards_of_the_mission() {
    var d = ResponseStandard.defaults();
    assertThat(d.values())
        .containsExactlyInAnyOrder(
            new ResponseStandard(Channel.EMAIL, ResponseMode.ELAPSED_HOURS, 24),
            new ResponseStandard(Channel.PHONE, ResponseMode.SAME_BUSINESS_DAY, null),
            new ResponseStandard(Channel.SMS, ResponseMode.ELAPSED_HOURS, 2),
            new ResponseStandard(Channel.SOCIAL, ResponseMode.ELAPSED_HOURS, 4),
            new ResponseStandard(Channel.WEB, ResponseMode.ELAPSED_HOURS, 24),
            new ResponseStandard(Channel.IN_PERSON, ResponseMode.NO_ANSWER, null));
  }

  @Test
  void a_policy_answers_for_every_channel_from_one_read_of_the_standards() {
    ResponsePolicy policy =
        new ResponsePolicy(
            List.of(ResponseStandard.of(Channel.SMS, ResponseMode.ELAPSED_HOURS, 3)), CALENDAR);
    Instant friday = tokyo("2026-11-27T17:59");
    assertThat(policy.dueAt(Channel.SMS, friday)).contains(tokyo("2026-11-27T20:59"));
    assertThat(policy.dueAt(Channel.SOCIAL, friday)).contains(tokyo("2026-11-27T21:59"));
    assertThat(policy.dueAt(Channel.PHONE, friday)).contains(tokyo("2026-11-27T18:00"));
    assertThat(policy.dueAt(Channel.IN_PERSON, friday)).isEmpty();
  }

  @Nested
  class A_follow_up_is_due_two_business_days_later {
    @Test
    void at_the_same_time_two_working_days_on() {
      assertThat(CALENDAR.plusBusinessDays(tokyo("2026-11-18T10:00"), 2))
          .isEqualTo(tokyo("2026-11-20T10:00"));
    }

    @Test
    void over_the_weekend_and_the_holiday() {
      assertThat(CALENDAR.plusBusinessDays(tokyo("2026-11-20T15:30"), 2))
          .as("Friday 15:30: 2.5 hours, Tuesday 24th (Monday 23rd is a holiday) 9, Wednesday 6.5")
          .isEqualTo(tokyo("2026-11-25T15:30"));
    }

    @Test
    void from_the_next_opening_when_received_at_night() {
      assertThat(CALENDAR.plusBusinessDays(tokyo("2026-11-18T21:00"), 2))
          .as("Wednesday night counts from Thursday 09:00: two full days end Friday 18:00")
          .isEqualTo(tokyo("2026-11-20T18:00"));
    }
  }
}
