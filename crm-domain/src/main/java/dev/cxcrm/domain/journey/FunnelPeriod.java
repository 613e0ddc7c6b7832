package dev.cxcrm.domain.journey;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a funnel looks at, both included, in the business's time zone. Without dates it is the
 * last {@value #DEFAULT_DAYS} days up to today; the rule is {@link #RULE}.
 */
public record FunnelPeriod(LocalDate from, LocalDate to) {
  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 3660;

  /** The funnel's period rule; its errors have always named {@code from}. */
  public static final ReportPeriod.Rule RULE =
      ReportPeriod.Rule.lastDays(DEFAULT_DAYS, MAX_DAYS).blaming("from");

  /** The period from the given dates; a missing end is today, a missing start 90 days before. */
  public static FunnelPeriod of(LocalDate from, LocalDate to, LocalDate today) {
    ReportPeriod p = RULE.period(from, to, today);
    return new FunnelPeriod(p.from(), p.to());
  }

  /** The first instant of the period: midnight at the start of {@code from}. */
  public Instant start(ZoneId zone) {
    return new ReportPeriod(from, to).start(zone);
  }

  /** The first instant after the period: midnight at the end of {@code to}. */
  public Instant end(ZoneId zone) {
    return new ReportPeriod(from, to).end(zone);
  }
}
