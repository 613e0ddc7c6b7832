package dev.cxcrm.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants on the security pages as {@code yyyy-MM-dd HH:mm} in the server's zone (the zone
 * of the business); Faces 4.0 has no converter for {@link Instant}.
 */
@Named("secTime")
@ApplicationScoped
public class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  public String of(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }
}
