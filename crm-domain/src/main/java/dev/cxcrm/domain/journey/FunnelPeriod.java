package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.FieldError;
import dev.cxcrm.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a funnel looks at, both included, in the business's time zone. Without dates it is the
 * last {@value #DEFAULT_DAYS} days up to today.
 */
public record FunnelPeriod(LocalDate from, LocalDate to) {
  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 3660;

  /** The period from the given dates; a missing end is today, a missing start 90 days before. */
  public static FunnelPeriod of(LocalDate from, LocalDate to, LocalDate today) {
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
    List<FieldError> e = new ArrayList<>();
    if (start.isAfter(end)) {
      e.add(
          FieldError.of("from", "funnel.validation.order", "The start must not be after the end."));
    } else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      e.add(
          FieldError.of(
              "from", "funnel.validation.tooLong", "At most {0} days at once.", MAX_DAYS));
    }
    if (!e.isEmpty()) {
      throw new InvalidInput(e);
    }
    return new FunnelPeriod(start, end);
  }

  /** The first instant of the period: midnight at the start of {@code from}. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period: midnight at the end of {@code to}. */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
