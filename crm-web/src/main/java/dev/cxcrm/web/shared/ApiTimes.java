package dev.cxcrm.web.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * How the API writes an instant: as the date and time in the business's time zone with its offset
 * ({@code 2026-11-23T10:15:00+09:00}). Every view record converts its instants here, so a missing
 * one is null in all of them.
 */
public final class ApiTimes {
  private ApiTimes() {}

  /** The instant with the zone's offset; null when there is none. */
  public static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
