package dev.cxcrm.domain.shared;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A span of every day, from a time until a later time of the same day (so it never runs past
 * midnight), in the business time zone: when a customer may be contacted, or when the business is
 * open. {@code until} is excluded: hours from 10:00 until 18:00 contain 17:59 but not 18:00.
 */
public record DailyHours(LocalTime from, LocalTime until) {
  /** How a time of day is written on screen and in JSON: {@code 09:30}. */
  public static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public DailyHours {
    Objects.requireNonNull(from);
    Objects.requireNonNull(until);
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("The hours must end after they start.");
    }
  }

  /** These hours, or none when either end is missing or they do not end after they start. */
  public static DailyHours ofNullable(LocalTime from, LocalTime until) {
    return from == null || until == null || !until.isAfter(from)
        ? null
        : new DailyHours(from, until);
  }

  public boolean contains(LocalTime t) {
    return !t.isBefore(from) && t.isBefore(until);
  }

  /** Whether some minute lies in both spans. */
  public boolean overlaps(DailyHours other) {
    return from.isBefore(other.until) && other.from.isBefore(until);
  }

  /** {@code 10:00–18:00}. */
  @Override
  public String toString() {
    return HH_MM.format(from) + "–" + HH_MM.format(until);
  }
}
