package dev.cxcrm.domain.interaction;

import dev.cxcrm.domain.shared.ReportPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard compliance and response times (MISSION.md: "response time (median and p90 per channel)
 * and standard compliance (% answered in time)"), per group. The database counts each group and
 * picks the response times at the ranks the definitions name ({@link
 * dev.cxcrm.domain.shared.ResponseTally}, which does the rest of the arithmetic); the definitions
 * are on {@link dev.cxcrm.domain.shared.ComplianceFigures}.
 */
public final class ResponseCompliance {
  /**
   * The period of the figures: by default the last 28 days; at most 366, so that one request stays
   * one range read.
   */
  public static final ReportPeriod.Rule PERIOD = ReportPeriod.Rule.lastDays(28, 366);

  private ResponseCompliance() {}

  /** How figures can be cut. */
  public enum By {
    CHANNEL,
    AGENT,
    WEEK
  }

  /** One week of a period: its Monday and the part of the period it covers, [start, end). */
  public record Week(LocalDate monday, Instant start, Instant end) {}

  /**
   * The weeks (Monday to Sunday in {@code zone}) that cover [from, to), each cut to the period. A
   * contact falls in the week whose Monday is the Monday of its own date in {@code zone}: the days
   * of a week run from the start of its Monday to the start of the next Monday, whatever daylight
   * saving does in between.
   */
  public static List<Week> weeks(Instant from, Instant to, ZoneId zone) {
    List<Week> weeks = new ArrayList<>();
    for (LocalDate monday = weekOf(from, zone); ; monday = monday.plusWeeks(1)) {
      Instant start = monday.atStartOfDay(zone).toInstant();
      if (!start.isBefore(to)) {
        return weeks;
      }
      Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
      weeks.add(new Week(monday, start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
    }
  }

  /** The Monday of the week in which {@code at} falls in {@code zone}. */
  public static LocalDate weekOf(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
