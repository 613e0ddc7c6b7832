package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Standard compliance and response times (MISSION.md: "response time (median and p90 per channel)
 * and standard compliance (% answered in time)"), per group. The contact rollup counts each group
 * and picks the response times at the ranks the definitions name ({@link
 * dev.cxcrm.domain.shared.ResponseTally}, which does the rest of the arithmetic); the definitions
 * are on {@link dev.cxcrm.domain.shared.ComplianceFigures}.
 */
public final class ResponseCompliance {
  /**
   * The period of the figures: by default the last 28 days; at most three years, as every metric
   * (the figures come from the contact rollup, whatever the period's length).
   */
  public static final ReportPeriod.Rule PERIOD = ReportPeriod.Rule.lastDays(28, 3 * 366 + 2);

  private ResponseCompliance() {}

  /** How figures can be cut. */
  public enum By {
    CHANNEL,
    AGENT,
    WEEK
  }

  /** The Monday of the week of {@code day}: the key of the week's figures. */
  public static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
