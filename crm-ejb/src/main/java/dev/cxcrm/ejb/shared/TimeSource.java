package dev.cxcrm.ejb.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The business's clock: instants for records, and "today" in the business's own time zone. */
@ApplicationScoped
public class TimeSource {
  private final Clock clock;

  @Inject
  public TimeSource(
      @ConfigProperty(name = "crm.time-zone", defaultValue = "Asia/Tokyo") String zone) {
    this.clock = Clock.system(ZoneId.of(zone));
  }

  protected TimeSource() {
    this.clock = Clock.systemUTC();
  }

  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public ZoneId zone() {
    return clock.getZone();
  }
}
