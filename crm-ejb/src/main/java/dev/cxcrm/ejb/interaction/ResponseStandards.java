package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.BusinessCalendar;
import dev.cxcrm.domain.interaction.Holiday;
import dev.cxcrm.domain.interaction.JapaneseHolidays;
import dev.cxcrm.domain.interaction.ResponseMode;
import dev.cxcrm.domain.interaction.ResponseStandard;
import dev.cxcrm.domain.security.Actor;
import dev.cxcrm.domain.security.Role;
import dev.cxcrm.domain.shared.Channel;
import dev.cxcrm.domain.shared.Conflict;
import dev.cxcrm.domain.shared.DailyHours;
import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import dev.cxcrm.domain.shared.NotFound;
import dev.cxcrm.ejb.shared.TimeSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The response-time standards per channel and the business calendar: every member of staff reads
 * them, managers and administrators change them. A change counts for contacts logged from then on;
 * deadlines already set stay as they were (docs/decisions/0003-response-deadlines.md).
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class ResponseStandards {
  private static final Logger LOG = Logger.getLogger(ResponseStandards.class.getName());

  /**
   * Years a holiday list may be asked for: wide enough for any business, narrow enough to index.
   */
  public static final int FIRST_YEAR = 1970;

  public static final int LAST_YEAR = 2199;

  @Inject ResponseStandardRepository repository;
  @Inject TimeSource time;

  /** The standard of every channel, in the order of {@link Channel}. */
  public List<ResponseStandard> standards() {
    return repository.standardRecords().stream()
        .map(ResponseStandardRecord::standard)
        .sorted((a, b) -> a.channel().compareTo(b.channel()))
        .toList();
  }

  /** The calendar's days, hours and zone (its holidays are read by year). */
  public BusinessCalendar calendar() {
    return repository.calendarRecord().calendar(List.of());
  }

  /**
   * The hours the business is open on a working day; read by other features' timers too, which run
   * as nobody in particular.
   */
  @PermitAll
  public DailyHours openHours() {
    BusinessCalendar c = calendar();
    return new DailyHours(c.opensAt(), c.closesAt());
  }

  /**
   * {@code days} business days of open time after {@code t}, on the calendar with its holidays; for
   * anyone, also a customer answering a survey through its link (the follow-up's due time).
   */
  @PermitAll
  public Instant businessDaysAfter(Instant t, int days) {
    return repository.policy().calendar().plusBusinessDays(t, days);
  }

  public List<Holiday> holidays(int year) {
    checkYear(year);
    return repository.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * When a contact on {@code channel} received at {@code receivedAt} would be due under the
   * standards as they are now.
   */
  public Optional<Instant> dueAt(Channel channel, Instant receivedAt) {
    return repository.policy().dueAt(channel, receivedAt);
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public ResponseStandard change(Actor by, Channel channel, ResponseMode mode, Integer hours) {
    ResponseStandard s = ResponseStandard.of(channel, mode, hours);
    ResponseStandardRecord record =
        repository
            .standardRecord(channel)
            .orElseThrow(() -> new NotFound("The standard of " + channel));
    record.change(s, by.name(), time.now());
    repository.flush();
    LOG.info(() -> by.name() + " set the response standard of " + channel + " to " + s);
    return s;
  }

  /**
   * Several channels at once, all or none (the page saves its whole table). Each standard was
   * checked by {@link ResponseStandard#of} already.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public List<ResponseStandard> changeAll(Actor by, List<ResponseStandard> changed) {
    changed.forEach(s -> change(by, s.channel(), s.mode(), s.hours()));
    return standards();
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public BusinessCalendar changeCalendar(
      Actor by,
      Collection<DayOfWeek> workingDays,
      LocalTime opensAt,
      LocalTime closesAt,
      String zone) {
    BusinessCalendar c = BusinessCalendar.of(workingDays, opensAt, closesAt, zone, Set.of());
    repository.calendarRecord().change(c, by.name(), time.now());
    repository.flush();
    LOG.info(() -> by.name() + " changed the business calendar to " + c);
    return c;
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public Holiday addHoliday(Actor by, LocalDate date, String name) {
    List<FieldError> errors = new ArrayList<>();
    if (date == null) {
      errors.add(FieldError.of("date", "cal.holiday.date.required", "Enter the date."));
    } else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      errors.add(yearError("date"));
    }
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > Holiday.MAX_NAME) {
      errors.add(
          FieldError.of(
              "name",
              "cal.holiday.name.length",
              "Enter a name of 1 to {0} characters.",
              Integer.toString(Holiday.MAX_NAME)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (repository.holidayRecord(date).isPresent()) {
      throw new Conflict(date + " is already a holiday.");
    }
    Holiday h = new Holiday(date, trimmed);
    repository.add(new BusinessHolidayRecord(h, by.name(), time.now()));
    flushHolidays(date + " is already a holiday.");
    LOG.info(() -> by.name() + " added the holiday " + h);
    return h;
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public void removeHoliday(Actor by, LocalDate date) {
    BusinessHolidayRecord h =
        repository.holidayRecord(date).orElseThrow(() -> new NotFound("The holiday " + date));
    repository.remove(h);
    LOG.info(() -> by.name() + " removed the holiday " + date);
  }

  /**
   * Adds Japan's public holidays of {@code year} that the calendar does not have yet (a date the
   * business already keeps, under any name, is left as it is) and answers how many were added.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  public int addJapaneseHolidays(Actor by, int year) {
    List<Holiday> japan = JapaneseHolidays.of(year);
    Set<LocalDate> present = new HashSet<>();
    holidays(year).forEach(h -> present.add(h.date()));
    Instant now = time.now();
    int added = 0;
    for (Holiday h : japan) {
      if (present.add(h.date())) {
        repository.add(new BusinessHolidayRecord(h, by.name(), now));
        added++;
      }
    }
    flushHolidays("Another change added holidays of " + year + " at the same time; try again.");
    int count = added;
    LOG.info(() -> by.name() + " added " + count + " of Japan's holidays of " + year);
    return added;
  }

  /**
   * Writes new holidays now. Another manager adding the same date at the same moment (on any
   * server) passed the check too; the primary key refuses the second, which becomes a conflict
   * instead of an error.
   */
  private void flushHolidays(String conflict) {
    try {
      repository.flush();
    } catch (PersistenceException e) {
      throw new Conflict(conflict);
    }
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInput(List.of(yearError("year")));
    }
  }

  private static FieldError yearError(String field) {
    return FieldError.of(
        field,
        "cal.year.range",
        "Enter a year from {0} to {1}.",
        Integer.toString(FIRST_YEAR),
        Integer.toString(LAST_YEAR));
  }
}
