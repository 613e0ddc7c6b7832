package dev.cxcrm.ejb.interaction;

import dev.cxcrm.domain.interaction.BusinessCalendar;
import dev.cxcrm.domain.shared.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one stored business calendar (id 1), without its holidays. Working days are kept as ISO day
 * numbers ({@code "12345"} is Monday to Friday).
 */
@Entity
@Table(name = "business_calendar")
public class BusinessCalendarRecord extends Versioned {
  static final int THE_ONE = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "working_days", nullable = false, length = 7)
  private String workingDays;

  @Column(name = "opens_at", nullable = false)
  private LocalTime opensAt;

  @Column(name = "closes_at", nullable = false)
  private LocalTime closesAt;

  @Column(name = "zone", nullable = false, length = 60)
  private String zone;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected BusinessCalendarRecord() {}

  public BusinessCalendar calendar(Collection<LocalDate> holidays) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    workingDays.chars().forEach(c -> days.add(DayOfWeek.of(c - '0')));
    return new BusinessCalendar(days, opensAt, closesAt, ZoneId.of(zone), Set.copyOf(holidays));
  }

  void change(BusinessCalendar c, String by, Instant at) {
    this.workingDays =
        c.workingDays().stream()
            .sorted()
            .map(d -> Integer.toString(d.getValue()))
            .collect(Collectors.joining());
    this.opensAt = c.opensAt();
    this.closesAt = c.closesAt();
    this.zone = c.zone().getId();
    this.updatedBy = by;
    this.updatedAt = at;
  }
}
