package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When the business is open: its working days, one opening and one closing time a day (closing
 * after opening, so no shift runs past midnight), its time zone and the dates it is closed on
 * although they are working days. All counting happens on the time line ({@link Instant}), so a day
 * on which the clocks change has exactly as many open hours as really pass.
 */
public record BusinessCalendar(
    Set<DayOfWeek> workingDays,
    LocalTime opensAt,
    LocalTime closesAt,
    ZoneId zone,
    Set<LocalDate> holidays) {

  /**
   * How far ahead the arithmetic looks for a business day. Holidays are a finite list, so one
   * comes; ten years of closed days mean the list is wrong, not that a customer waits that long.
   */
  private static final int MAX_DAYS_AHEAD = 3660;

  public BusinessCalendar {
    Objects.requireNonNull(opensAt);
    Objects.requireNonNull(closesAt);
    Objects.requireNonNull(zone);
    if (workingDays == null || workingDays.isEmpty()) {
      throw new IllegalArgumentException("A calendar needs at least one working day.");
    }
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("Closing must come after opening.");
    }
    workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
    holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
  }

  /**
   * Monday to Friday, 09:00 to 18:00 in Tokyo, no holidays: the calendar a new business starts
   * with.
   */
  public static BusinessCalendar defaults() {
    return new BusinessCalendar(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(9, 0),
        LocalTime.of(18, 0),
        ZoneId.of("Asia/Tokyo"),
        Set.of());
  }

  /**
   * The calendar a manager asked for, checked field by field: at least one working day, both times,
   * closing after opening, and a region time zone the system knows ({@code Asia/Tokyo}, not {@code
   * +09:00}).
   */
  public static BusinessCalendar of(
      Collection<DayOfWeek> workingDays,
      LocalTime opensAt,
      LocalTime closesAt,
      String zone,
      Set<LocalDate> holidays) {
    List<FieldError> errors = new ArrayList<>();
    if (workingDays == null || workingDays.isEmpty()) {
      errors.add(
          FieldError.of(
              "workingDays", "cal.workingDays.required", "Choose at least one working day."));
    }
    if (opensAt == null) {
      errors.add(FieldError.of("opensAt", "cal.opensAt.required", "Enter the opening time."));
    }
    if (closesAt == null) {
      errors.add(FieldError.of("closesAt", "cal.closesAt.required", "Enter the closing time."));
    } else if (opensAt != null && !closesAt.isAfter(opensAt)) {
      errors.add(
          FieldError.of(
              "closesAt",
              "cal.closesAt.afterOpening",
              "The closing time must be after the opening time."));
    }
    if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
      errors.add(
          FieldError.of("zone", "cal.zone.unknown", "Choose a time zone such as Asia/Tokyo."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new BusinessCalendar(
        EnumSet.copyOf(workingDays), opensAt, closesAt, ZoneId.of(zone), holidays);
  }

  /** The same hours with another list of holidays. */
  public BusinessCalendar withHolidays(Collection<LocalDate> dates) {
    return new BusinessCalendar(workingDays, opensAt, closesAt, zone, Set.copyOf(dates));
  }

  /** A working day that is not a holiday. */
  public boolean isBusinessDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  public Instant openingOn(LocalDate day) {
    return ZonedDateTime.of(day, opensAt, zone).toInstant();
  }

  public Instant closingOn(LocalDate day) {
    return ZonedDateTime.of(day, closesAt, zone).toInstant();
  }

  /**
   * Closing time of the day of {@code t} when that is a business day and {@code t} is before
   * closing (also before opening); otherwise closing time of the next business day. A contact at
   * exactly closing time came after closing.
   */
  public Instant closingOfSameOrNextBusinessDay(Instant t) {
    LocalDate day = t.atZone(zone).toLocalDate();
    if (isBusinessDay(day) && t.isBefore(closingOn(day))) {
      return closingOn(day);
    }
    return closingOn(nextBusinessDayAfter(day));
  }

  /** The first business day after {@code day}. */
  public LocalDate nextBusinessDayAfter(LocalDate day) {
    LocalDate next = day.plusDays(1);
    for (int i = 0; i < MAX_DAYS_AHEAD; i++, next = next.plusDays(1)) {
      if (isBusinessDay(next)) {
        return next;
      }
    }
    throw new IllegalStateException("No business day within ten years after " + day);
  }

  /**
   * {@code days} business days of open time after {@code t}: received Monday at 10:00 with 09:00 to
   * 18:00 hours, two business days are due Wednesday at 10:00 (holidays and weekends skipped).
   */
  public Instant plusBusinessDays(Instant t, int days) {
    return plusBusinessTime(t, Duration.between(opensAt, closesAt).multipliedBy(days));
  }

  /**
   * The instant when {@code amount} of open time has passed after {@code t}, counting only between
   * opening and closing on business days. Time before opening, after closing, on other days and on
   * holidays does not count, so a contact received outside hours starts counting at the next
   * opening. When the time runs out exactly at closing, that closing is the answer.
   */
  public Instant plusBusinessTime(Instant t, Duration amount) {
    Duration left = amount;
    LocalDate day = t.atZone(zone).toLocalDate();
    for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
      if (!isBusinessDay(day)) {
        continue;
      }
      Instant open = openingOn(day);
      Instant close = closingOn(day);
      Instant from = t.isAfter(open) ? t : open;
      if (!from.isBefore(close)) {
        continue;
      }
      Duration available = Duration.between(from, close);
      if (left.compareTo(available) <= 0) {
        return from.plus(left);
      }
      left = left.minus(available);
    }
    throw new IllegalStateException("No end of business time within ten years after " + t);
  }
}
